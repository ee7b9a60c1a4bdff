// Must NOT compile: the loader sees base and graph, not the analyses.
#include "compare.hpp"
