/* measure: --measure-isel, an instrument beside the pipeline: the ISel time
 * of what codegen compiles, and of the same inputs without dedupe. */
#ifndef UKLINK_MEASURE_H
#define UKLINK_MEASURE_H

#include "codegen/codegen.h"

#endif
