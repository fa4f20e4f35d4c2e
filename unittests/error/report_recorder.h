// report_recorder.h: test helpers that capture what the diagnostics pathway delivers.
#ifndef MEDI_UNITTESTS_ERROR_REPORT_RECORDER_H
#define MEDI_UNITTESTS_ERROR_REPORT_RECORDER_H

#include "medi/error.h"

#include <gtest/gtest.h>
#include <mutex>
#include <string>
#include <vector>

namespace medi::test {

/// One delivered report, with the context's strings copied out.
struct RecordedReport {
  RuntimeError error;
  std::string file;
  std::uint32_t line;
  std::uint32_t column;
  std::string module;
  std::string op;
};

/// A thread-safe list of reports; listener() and reporter() feed it.
class ReportRecorder {
public:
  ContextErrorReporter callback() {
    return [this](const RuntimeError &error, const RuntimeContext &context) {
      std::lock_guard lock(mutex_);
      reports_.push_back({error, std::string(context.file), context.line, context.column,
                          std::string(context.module), std::string(context.op)});
    };
  }
  std::vector<RecordedReport> reports() const {
    std::lock_guard lock(mutex_);
    return reports_;
  }
  std::size_t size() const {
    std::lock_guard lock(mutex_);
    return reports_.size();
  }

private:
  mutable std::mutex mutex_;
  std::vector<RecordedReport> reports_;
};

/// Leaves the global reporters as it found them: none set. Tests that install reporters derive
/// from it; listeners are scoped by the tests themselves.
class ReportingTest : public ::testing::Test {
protected:
  void SetUp() override { clear_reporters(); }
  void TearDown() override { clear_reporters(); }
  static void clear_reporters() {
    set_error_reporter(nullptr);
    set_error_reporter_with_context(nullptr);
  }
};

/// A ReportingTest whose reports go to `recorder` for the whole test.
class RecordingTest : public ReportingTest {
protected:
  void SetUp() override {
    ReportingTest::SetUp();
    set_error_reporter_with_context(recorder.callback());
  }
  ReportRecorder recorder;
};

} // namespace medi::test

#endif // MEDI_UNITTESTS_ERROR_REPORT_RECORDER_H
