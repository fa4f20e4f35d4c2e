// handle_table.h: the opaque handles the C ABI gives compiled code (tasks, channel ends,
// regions, pools), checked on every use.
//
// A handle is a slot index and that slot's generation, never a pointer: a handle that was never
// issued, was already dropped (its slot's generation moved on), or names another kind of object
// is found out and reported by the caller instead of being dereferenced. Lookups take no lock:
// the slots live in chunks that are never freed or moved. Issuing and dropping take a mutex
// (they allocate or free an object anyway). Chunk c holds kFirstChunkSlots << c slots, so a
// program with a few handles touches a kilobyte, not the table's worth (a fresh process pays a
// page fault for every page it first writes).
#ifndef MEDI_RUNTIME_ABI_HANDLE_TABLE_H
#define MEDI_RUNTIME_ABI_HANDLE_TABLE_H

#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>
#include <vector>

namespace medi::abi {

static_assert(sizeof(void *) == 8, "handles pack a slot index and a generation into a pointer");

enum class HandleKind : std::uint8_t {
  Task = 1,
  Sender,
  Receiver,
  Region,
  Pool,
  Group,
  DistSender,
  DistReceiver
};

class HandleTable {
public:
  static HandleTable &instance() noexcept;

  /// A new handle for `object`, or nullptr when every slot is taken.
  void *issue(HandleKind kind, void *object) noexcept;
  /// The object behind `handle` if it is a live handle of `kind`, else nullptr.
  void *find(const void *handle, HandleKind kind) const noexcept;
  /// Like find(), and the handle is dead from now on (exactly one of two racing takes wins).
  void *take(const void *handle, HandleKind kind) noexcept;
  /// Like find(), and the handle is in use until give_back() or take_borrowed(): meanwhile
  /// find(), take() and borrow() of it fail, so a long call (a join) holds its object safely.
  void *borrow(const void *handle, HandleKind kind) noexcept;
  /// Ends a borrow: the handle is live again.
  void give_back(const void *handle, HandleKind kind) noexcept;
  /// Ends a borrow by taking the handle: it is dead from now on.
  void take_borrowed(const void *handle, HandleKind kind) noexcept;

  static constexpr std::uint32_t kFirstChunkSlots = 64;
  static constexpr std::uint32_t kMaxChunks = 16;
  /// Every chunk together: 64 * (2^16 - 1), about 4M live handles.
  static constexpr std::uint32_t kMaxSlots = kFirstChunkSlots * ((1u << kMaxChunks) - 1);

private:
  struct Slot {
    // generation << 9 | kind << 1 | live: one word, so a check is one load and a take one CAS.
    // A borrowed handle's state is its live state with kBorrowed set (kinds fit in 7 bits).
    std::atomic<std::uint64_t> state{0};
    std::atomic<void *> object{nullptr};
  };
  static std::uint64_t live_state(std::uint32_t generation, HandleKind kind) noexcept {
    return std::uint64_t{generation} << 9 | std::uint64_t{static_cast<std::uint8_t>(kind)} << 1 |
           1u;
  }
  static constexpr std::uint64_t kBorrowed = std::uint64_t{1} << 8;
  Slot *slot_of(const void *handle, std::uint32_t &generation) const noexcept;
  /// Moves the handle's slot from state `from` to dead; returns its object (null if the slot
  /// was not in state `from`).
  void *kill(const void *handle, std::uint64_t from) noexcept;
  /// The slot at `index` (< kMaxSlots) if its chunk exists.
  Slot *slot_at(std::uint32_t index) const noexcept;
  /// Makes the next chunk under the held lock; false without memory or past kMaxChunks.
  bool add_chunk_locked() noexcept;

  std::array<std::atomic<Slot *>, kMaxChunks> chunks_{};
  std::mutex mutex_;                // guards everything below and chunk creation
  std::vector<std::uint32_t> free_; // dropped slots, reserved for every slot of every chunk
  std::uint32_t never_used_ = 0;    // slots [never_used_, capacity_) were never issued
  std::uint32_t capacity_ = 0;
  std::uint32_t chunks_used_ = 0;
};

} // namespace medi::abi

#endif // MEDI_RUNTIME_ABI_HANDLE_TABLE_H
