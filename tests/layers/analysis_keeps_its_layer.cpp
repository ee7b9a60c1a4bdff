// Must compile: an analysis may include the layers below it. The control for
// the files beside it, which must not.
#include "compare.hpp"
#include "table.hpp"
#include "term_graph.hpp"
