// default_reporter.cpp: the default reporter's line on a real stderr, and what replaces it.
// RUN: %medi_cxx %s %medi_runtime -o %t
// RUN: %t 2>&1 | FileCheck %s --match-full-lines
// clang-format off: CHECK lines must stay whole.
#include <medi/runtime.h>

#include <cstdio>

int main() {
  // With nothing set, the default reporter prints one line.
  MEDI_RUNTIME_REPORT(medi::RuntimeError::pool_exhausted(4), medi::op::fixed_pool_alloc_exhausted);
  // CHECK: [medi-runtime] fixed pool exhausted (capacity 4) @{{.*}}default_reporter.cpp:[[@LINE-1]]:{{[0-9]+}} op=fixed_pool.alloc_exhausted

  medi::report_error(medi::RuntimeError::task_panic("boom"), medi::RuntimeContext::unknown("scheduler.task_panic"));
  // CHECK-NEXT: [medi-runtime] task panicked: boom @unknown:0:0 op=scheduler.task_panic

  // A listener hears the report after the default reporter prints it.
  medi::add_error_context_listener([](const medi::RuntimeError &, const medi::RuntimeContext &ctx) {
    std::fprintf(stderr, "listener: op=%.*s\n", int(ctx.op.size()), ctx.op.data());
  });
  medi::report_error(medi::RuntimeError::double_free(3), medi::op::fixed_pool_double_free);
  // CHECK-NEXT: [medi-runtime] double free (fixed pool slot 3) @{{.*}}default_reporter.cpp:[[@LINE-1]]:{{[0-9]+}} op=fixed_pool.double_free
  // CHECK-NEXT: listener: op=fixed_pool.double_free

  // A minimal reporter replaces the default line; the listener still hears the report.
  medi::set_error_reporter([](const medi::RuntimeError &err) {
    std::fprintf(stderr, "minimal: %s\n", err.to_string().c_str());
  });
  medi::report_error(medi::RuntimeError::invalid_free(), medi::op::fixed_pool_invalid_free);
  // CHECK-NEXT: minimal: invalid free (pointer not owned by the fixed pool)
  // CHECK-NEXT: listener: op=fixed_pool.invalid_free
  // CHECK-NOT: [medi-runtime]
  return 0;
}
