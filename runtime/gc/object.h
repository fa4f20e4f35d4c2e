// object.h: a GC object's header and the handles that name objects.
//
// An object is one block: this header, then its payload (a string's bytes, a C++ object, or
// nothing for a unit). Objects never move. A handle is (slot generation << 32) | (slot + 1): 0
// is never a handle, and a handle whose slot was freed (its generation moved on) or never
// issued is found out by the slot table instead of being dereferenced.
#ifndef MEDI_RUNTIME_GC_OBJECT_H
#define MEDI_RUNTIME_GC_OBJECT_H

#include "medi/gc/safe_gc.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <span>

namespace medi::gc_zone::detail {

struct MutatorState;

enum class ObjectKind : std::uint8_t { Unit, String, Native };

using Handle = std::uint64_t;

inline constexpr std::uint32_t slot_of(Handle handle) noexcept {
  return static_cast<std::uint32_t>(handle) - 1;
}
inline constexpr std::uint32_t generation_of(Handle handle) noexcept {
  return static_cast<std::uint32_t>(handle >> 32);
}
inline constexpr Handle make_handle(std::uint32_t slot, std::uint32_t generation) noexcept {
  return std::uint64_t{generation} << 32 | (std::uint64_t{slot} + 1);
}

/// An object's children, as handles (a stale one is skipped, never followed): the first
/// kInline in place, so that a record's few fields are one line away from its header's pointer;
/// more in a block of their own. Not movable: it may point into itself.
class EdgeList {
public:
  static constexpr std::uint32_t kInline = 6;

  EdgeList() = default;
  EdgeList(const EdgeList &) = delete;
  EdgeList &operator=(const EdgeList &) = delete;
  ~EdgeList() {
    if (data_ != inline_)
      ::operator delete(data_);
  }

  std::span<const Handle> view() const noexcept { return {data_, size_}; }
  /// May throw std::bad_alloc (nothing changes then).
  void push_back(Handle child) {
    if (size_ == capacity_)
      grow();
    data_[size_++] = child;
  }
  /// Removes the last occurrence of `child` (the last edge takes its place); false if none.
  bool remove(Handle child) noexcept {
    for (std::uint32_t i = size_; i-- > 0;)
      if (data_[i] == child) {
        data_[i] = data_[--size_];
        return true;
      }
    return false;
  }

private:
  void grow() {
    if (capacity_ > UINT32_MAX / 2)
      throw std::bad_alloc();
    const std::uint32_t capacity = 2 * capacity_;
    auto *data = static_cast<Handle *>(::operator new(std::size_t{capacity} * sizeof(Handle)));
    std::copy(data_, data_ + size_, data);
    if (data_ != inline_)
      ::operator delete(data_);
    data_ = data;
    capacity_ = capacity;
  }

  Handle *data_ = inline_;
  std::uint32_t size_ = 0;
  std::uint32_t capacity_ = kInline;
  Handle inline_[kInline];
};

/// What few objects have: children (a record's fields) and a finalizer. Kept out of the header
/// so that a string's or a unit's header is 64 bytes, one cache line.
struct ObjectExtras {
  EdgeList edges;
  std::unique_ptr<gc_zone::detail::FinalizerBase> finalizer;
};

/// The largest payload: its size is kept in 32 bits, with the header's size added.
inline constexpr std::size_t kMaxPayloadBytes = UINT32_MAX - 64;

struct alignas(kMaxPayloadAlignment) Object {
  Handle handle = 0;
  ObjectKind kind = ObjectKind::Unit;
  std::uint8_t age = 0;    // minor collections survived
  bool old = false;        // promoted out of the nursery
  bool remembered = false; // in the remembered set (young, an old object refers to it)
  bool published = false;  // rooted, or made a child, at least once
  bool pooled = false;     // its block is from the heap's BlockAllocator
  bool registered = false; // in the heap's counts and lists (not fresh in a buffer)
  std::uint32_t payload_bytes = 0;
  std::uint32_t major_mark = 0; // == the heap's major epoch: marked in this major cycle
  std::uint32_t minor_mark = 0; // == the heap's minor epoch: reached in this minor collection
  std::uint32_t root_count = 0;
  std::uint32_t root_index = 0; // where it is in the heap's list of rooted objects
  std::uint32_t ticket = 0;     // the low half of its mutator's ticket (see mutator.h)
  MutatorState *mutator = nullptr;
  const gc_zone::detail::TypeOps *type = nullptr; // a Native payload's destructor
  std::unique_ptr<ObjectExtras> extras;           // none until an edge or a finalizer needs it

  std::size_t bytes() const noexcept { return sizeof(Object) + payload_bytes; }
  void *payload() noexcept { return this + 1; }
  static Object *from_payload(void *payload) noexcept { return static_cast<Object *>(payload) - 1; }
  /// A String's bytes (NUL-terminated) and their count.
  const char *chars() noexcept { return static_cast<const char *>(payload()); }
  std::size_t string_length() const noexcept { return payload_bytes - 1; }

  std::span<const Handle> edges() const noexcept {
    return extras ? extras->edges.view() : std::span<const Handle>();
  }
  /// The object's extras, made on first use; may throw std::bad_alloc.
  ObjectExtras &extras_or_make() {
    if (!extras)
      extras = std::make_unique<ObjectExtras>();
    return *extras;
  }
  bool has_finalizer() const noexcept { return extras && extras->finalizer; }
  /// A string or unit from the heap's pool with no finalizer: freeing it runs nothing.
  bool plain() const noexcept { return pooled && !has_finalizer(); }
};

static_assert(sizeof(Object) == 64, "a header is one cache line");
static_assert(kMaxPayloadBytes + sizeof(Object) == UINT32_MAX);

/// An Object block with `payload_bytes` after the header from operator new (for C++ payloads,
/// built before the heap's lock is taken), constructed; nullptr without memory.
Object *new_object(std::size_t payload_bytes) noexcept;
/// Destroys the header and frees a new_object() block (the payload must be destroyed already).
void delete_object(Object *object) noexcept;

} // namespace medi::gc_zone::detail

#endif // MEDI_RUNTIME_GC_OBJECT_H
