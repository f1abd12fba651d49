#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H

// The system's Graphviz headers (Debian: libgraphviz-dev), never vendored copies.
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

#endif
