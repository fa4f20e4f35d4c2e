// medi/rt/arena.h: RtArena, a region and a pool under one scope (feature MEDI_ENABLE_RT_ZONES):
// everything a real-time iteration allocates, bytes and pooled objects alike, goes back together
// when its scope ends. See docs/realtime.md.
#ifndef MEDI_RT_ARENA_H
#define MEDI_RT_ARENA_H

#include "medi/config.h"

#if MEDI_ENABLE_RT_ZONES

#include "medi/rt/pool.h"
#include "medi/rt/region.h"

#include <cstddef>
#include <source_location>
#include <utility>

namespace medi {

template <std::size_t BYTES, class T, std::size_t N> class RtArena {
public:
  RtArena() noexcept = default;
  RtArena(const RtArena &) = delete;
  RtArena &operator=(const RtArena &) = delete;
  ~RtArena() { release_since(0); }

  /// The arena's bytes: allocate with its alloc_* calls; they go back with the scope.
  RtRegion<BYTES> &region() noexcept { return region_; }
  /// A pooled T owned by the innermost scope (or by the arena until reset()); nullptr (reported
  /// with op fixed_pool.alloc_exhausted) when every slot is in use.
  T *alloc_object(T value, std::source_location location = std::source_location::current()) {
    T *object = pool_.alloc_raw(std::move(value), location);
    if (object)
      owned_[owned_count_++] = object;
    return object;
  }
  std::size_t objects_in_use() const noexcept { return owned_count_; }
  static constexpr std::size_t object_capacity() noexcept { return N; }

  /// Gives back every byte and every pooled object.
  void reset() noexcept {
    release_since(0);
    region_.reset();
  }

  /// When the scope ends, the region rolls back and the objects allocated since it began are
  /// destroyed and their slots freed, newest first. Scopes nest.
  class Scope {
  public:
    explicit Scope(RtArena &arena) noexcept
        : arena_(arena), region_scope_(arena.region_), mark_(arena.owned_count_) {}
    ~Scope() { arena_.release_since(mark_); }
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

  private:
    RtArena &arena_;
    typename RtRegion<BYTES>::Scope region_scope_;
    std::size_t mark_;
  };
  [[nodiscard]] Scope scope() noexcept { return Scope(*this); }

private:
  void release_since(std::size_t mark) noexcept {
    while (owned_count_ > mark)
      pool_.free_ptr(owned_[--owned_count_]);
  }

  RtRegion<BYTES> region_;
  FixedPool<T, N> pool_;
  T *owned_[N];
  std::size_t owned_count_ = 0;
};

} // namespace medi

#endif // MEDI_ENABLE_RT_ZONES
#endif // MEDI_RT_ARENA_H
