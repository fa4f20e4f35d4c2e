// medi/error.h: the diagnostics module of the Medi Runtime: RuntimeError, RuntimeContext,
// RecoveryPolicy, the op tag table, and the reporting pathway with MEDI_RUNTIME_REPORT. See
// docs/diagnostics.md.
#ifndef MEDI_ERROR_H
#define MEDI_ERROR_H

#include "medi/error/op_tags.h"
#include "medi/error/recovery_policy.h"
#include "medi/error/reporting.h"
#include "medi/error/runtime_context.h"
#include "medi/error/runtime_error.h"

#endif // MEDI_ERROR_H
