// Must NOT compile: an analysis sees only the layers below it, so the
// stability layer (which sits on analysis) is not found. tests/CMakeLists.txt
// builds this file with the analysis layer's include path and expects the
// build to fail.
#include "deal_stability.hpp"
