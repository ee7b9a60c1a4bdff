// Must NOT compile: the command line sees the public API (positions/*.hpp)
// and the base utilities, not the analyses behind them.
#include "compare.hpp"
