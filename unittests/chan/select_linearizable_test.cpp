// select_linearizable_test.cpp: a select that must not wait (a deadline already passed, or
// try_select) still completes a case when, at every instant of the call, some case is ready.
//
// One value moves between two channels while the select runs: the main thread puts it into
// `first`; the other thread, on a signal, puts one into `second` and only then takes the one from
// `first`. Throughout the select, `first` or `second` holds a value, yet a single pass over the
// cases can look at `second` too early and at `first` too late.
#include "medi/select.h"

#include <gtest/gtest.h>
#include <thread>

namespace medi {
namespace {

enum class Shape { BoundedOne, Unbounded };
enum class NoWait { SelectUntilNow, SelectForZero, TrySelect };

struct Case {
  Shape shape;
  NoWait no_wait;
};

template <class T> auto make_channel(Shape shape) {
  return shape == Shape::BoundedOne ? create_bounded_channel<T>(1) : create_unbounded_channel<T>();
}

class SelectLinearizableTest : public ::testing::TestWithParam<Case> {};

TEST_P(SelectLinearizableTest, SomeCaseCompletesWhenOneIsAlwaysReady) {
  constexpr int kRounds = 100'000;
  auto [start_tx, start_rx] = create_bounded_channel<int>(0);
  auto [end_tx, end_rx] = create_bounded_channel<int>(0);
  auto [first_tx, first_rx] = make_channel<int>(GetParam().shape);
  auto [second_tx, second_rx] = make_channel<int>(GetParam().shape);
  std::thread mover([&, start_rx = start_rx, end_rx = end_rx] {
    for (int round = 0; round < kRounds; ++round) {
      if (!start_rx.recv())
        return;
      (void)second_tx.send(1);
      (void)first_rx.try_recv();
      if (!end_rx.recv())
        return;
    }
  });
  int missed = 0;
  for (int round = 0; round < kRounds; ++round) {
    ASSERT_TRUE(start_tx.send(0).has_value());
    ASSERT_TRUE(first_tx.send(1).has_value());
    auto on_first = on_recv(first_rx, [](auto) {});
    auto on_second = on_recv(second_rx, [](auto) {});
    std::optional<std::size_t> chosen;
    switch (GetParam().no_wait) {
    case NoWait::SelectUntilNow:
      chosen = select_until(std::chrono::steady_clock::now(), on_first, on_second);
      break;
    case NoWait::SelectForZero:
      chosen = select_for(std::chrono::milliseconds(0), on_first, on_second);
      break;
    case NoWait::TrySelect:
      chosen = try_select(on_first, on_second);
      break;
    }
    missed += !chosen;
    ASSERT_TRUE(end_tx.send(0).has_value());
    (void)second_rx.try_recv(); // whichever value is left goes before the next round
    (void)first_rx.try_recv();
  }
  mover.join();
  EXPECT_EQ(missed, 0) << "a select that must not wait found nothing ready " << missed
                       << " times in " << kRounds << " rounds";
}

INSTANTIATE_TEST_SUITE_P(Shapes, SelectLinearizableTest,
                         ::testing::Values(Case{Shape::BoundedOne, NoWait::SelectUntilNow},
                                           Case{Shape::BoundedOne, NoWait::SelectForZero},
                                           Case{Shape::BoundedOne, NoWait::TrySelect},
                                           Case{Shape::Unbounded, NoWait::SelectUntilNow},
                                           Case{Shape::Unbounded, NoWait::TrySelect}),
                         [](const auto &info) {
                           const char *shape =
                               info.param.shape == Shape::BoundedOne ? "BoundedOne" : "Unbounded";
                           const char *mode =
                               info.param.no_wait == NoWait::SelectUntilNow  ? "SelectUntilNow"
                               : info.param.no_wait == NoWait::SelectForZero ? "SelectForZero"
                                                                             : "TrySelect";
                           return std::string(shape) + "_" + mode;
                         });

} // namespace
} // namespace medi
