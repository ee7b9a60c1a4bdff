// Must NOT compile: an analysis sees only the layers below it (base, graph),
// so a writer's header is not found. tests/CMakeLists.txt builds this file
// with the analysis layer's include path and expects the build to fail.
#include "compare_report.hpp"
