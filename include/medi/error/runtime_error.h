// medi/error/runtime_error.h: RuntimeError, the one error type of the Medi Runtime.
//
// Three families of kinds, named as in the Rust crate medic_runtime:
//   RuntimeError::Memory(MemoryErrorKind)        RegionOverflow, PoolExhausted, InvalidFree,
//                                                DoubleFree
//   RuntimeError::Scheduler(SchedulerErrorKind)  TaskPanic, Deadlock
//   RuntimeError::Message(std::string)
// Build one with a static factory (RuntimeError::pool_exhausted(4)), match on it with kind(),
// visit() or get_if<Kind>(), and print it with to_string() (one fixed message per kind).
#ifndef MEDI_ERROR_RUNTIME_ERROR_H
#define MEDI_ERROR_RUNTIME_ERROR_H

#include <cstddef>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace medi {

// --- Memory error kinds ---------------------------------------------------------------------

/// An RtRegion could not fit an allocation of `requested` bytes.
struct RegionOverflow {
  std::size_t requested = 0;
  std::size_t capacity = 0;
  friend bool operator==(const RegionOverflow &, const RegionOverflow &) = default;
};

/// Every slot of a FixedPool of `capacity` slots is in use.
struct PoolExhausted {
  std::size_t capacity = 0;
  friend bool operator==(const PoolExhausted &, const PoolExhausted &) = default;
};

/// A pointer handed back to a pool that did not come from it.
struct InvalidFree {
  friend bool operator==(const InvalidFree &, const InvalidFree &) = default;
};

/// Slot `index` of a pool was freed while already free.
struct DoubleFree {
  std::size_t index = 0;
  friend bool operator==(const DoubleFree &, const DoubleFree &) = default;
};

using MemoryErrorKind = std::variant<RegionOverflow, PoolExhausted, InvalidFree, DoubleFree>;

// --- Scheduler error kinds ------------------------------------------------------------------

/// A task ended by an exception; `message` is its what(), when it had one.
struct TaskPanic {
  std::optional<std::string> message;
  friend bool operator==(const TaskPanic &, const TaskPanic &) = default;
};

/// Every task and every watched thread waits in the runtime and nothing can wake any of them
/// (medi/deadlock.h). `waiting` describes each party, at most kMaxListed of them: its blocking
/// operation and where it was called from.
struct Deadlock {
  static constexpr std::size_t kMaxListed = 20; // a screenful; the rest are counted
  std::size_t tasks = 0;
  std::size_t threads = 0;
  std::vector<std::string> waiting;
  friend bool operator==(const Deadlock &, const Deadlock &) = default;
};

using SchedulerErrorKind = std::variant<TaskPanic, Deadlock>;

// --- RuntimeError ---------------------------------------------------------------------------

namespace detail {
template <class K, class V> inline constexpr bool is_alternative = false;
template <class K, class... Ts>
inline constexpr bool is_alternative<K, std::variant<Ts...>> = (std::is_same_v<K, Ts> || ...);
} // namespace detail

class RuntimeError {
public:
  struct Memory {
    MemoryErrorKind kind;
    friend bool operator==(const Memory &, const Memory &) = default;
  };
  struct Scheduler {
    SchedulerErrorKind kind;
    friend bool operator==(const Scheduler &, const Scheduler &) = default;
  };
  struct Message {
    std::string text;
    friend bool operator==(const Message &, const Message &) = default;
  };
  using Kind = std::variant<Memory, Scheduler, Message>;

  RuntimeError(Memory memory) : kind_(std::move(memory)) {}
  RuntimeError(Scheduler scheduler) : kind_(std::move(scheduler)) {}
  RuntimeError(Message message) : kind_(std::move(message)) {}

  static RuntimeError memory(MemoryErrorKind kind) { return Memory{std::move(kind)}; }
  static RuntimeError scheduler(SchedulerErrorKind kind) { return Scheduler{std::move(kind)}; }
  static RuntimeError message(std::string text) { return Message{std::move(text)}; }

  static RuntimeError region_overflow(std::size_t requested, std::size_t capacity) {
    return memory(RegionOverflow{requested, capacity});
  }
  static RuntimeError pool_exhausted(std::size_t capacity) {
    return memory(PoolExhausted{capacity});
  }
  static RuntimeError invalid_free() { return memory(InvalidFree{}); }
  static RuntimeError double_free(std::size_t index) { return memory(DoubleFree{index}); }
  static RuntimeError task_panic(std::optional<std::string> message = std::nullopt) {
    return scheduler(TaskPanic{std::move(message)});
  }

  /// The top-level alternative: Memory, Scheduler or Message.
  const Kind &kind() const noexcept { return kind_; }

  /// Calls the overload of `fs...` that takes the top-level alternative, as std::visit would.
  template <class... Fs> decltype(auto) visit(Fs &&...fs) const {
    struct Overloads : std::remove_cvref_t<Fs>... {
      using std::remove_cvref_t<Fs>::operator()...;
    };
    return std::visit(Overloads{std::forward<Fs>(fs)...}, kind_);
  }

  /// Matches any level: get_if<Memory>() or get_if<PoolExhausted>() alike. nullptr when the
  /// error is something else.
  template <class K> const K *get_if() const noexcept {
    if constexpr (std::is_same_v<K, Memory> || std::is_same_v<K, Scheduler> ||
                  std::is_same_v<K, Message>) {
      return std::get_if<K>(&kind_);
    } else if constexpr (detail::is_alternative<K, MemoryErrorKind>) {
      const Memory *memory = std::get_if<Memory>(&kind_);
      return memory ? std::get_if<K>(&memory->kind) : nullptr;
    } else {
      static_assert(detail::is_alternative<K, SchedulerErrorKind>,
                    "get_if<K>: K is not a kind of RuntimeError");
      const Scheduler *scheduler = std::get_if<Scheduler>(&kind_);
      return scheduler ? std::get_if<K>(&scheduler->kind) : nullptr;
    }
  }
  template <class K> bool is() const noexcept { return get_if<K>() != nullptr; }

  /// The fixed human message for this kind, e.g. "fixed pool exhausted (capacity 4)".
  std::string to_string() const;

  friend bool operator==(const RuntimeError &, const RuntimeError &) = default;

private:
  Kind kind_;
};

/// A display wrapper: `RuntimeDiagnostic diag = err;` then `diag.message`.
struct RuntimeDiagnostic {
  std::string message;
  RuntimeDiagnostic(const RuntimeError &error) : message(error.to_string()) {}
};

} // namespace medi

#endif // MEDI_ERROR_RUNTIME_ERROR_H
