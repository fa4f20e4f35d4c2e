// medi/gc/safe_gc.h: the GC zone's C++ API (feature MEDI_ENABLE_GC). SafeGc is a precise,
// generational, incremental collector over explicit roots and edges, the same one compiled Medi
// code reaches through the medi_gc_* C ABI (<medi/medi_rt.h>; SafeGc::global() is that one).
//
//   medi::gc_zone::SafeGc gc;
//   auto record = gc.allocate<Record>("Ward 3").value();  // a GcRef<Record>
//   auto root = gc.root(record);                          // alive while `root` is
//   auto name = gc.allocate<std::string>("Ada").value();
//   gc.add_edge(record, name);                            // alive while `record` is
//   gc.collect_garbage();
//
// A GcRef is a plain reference: it keeps nothing alive. What is reachable from a root through
// edges survives; so does a new object until it is published (see docs/gc.md, "Pending
// objects"). Misuse (an id that is 0, freed or never issued; removing a root or an edge that is
// not there) is reported through the diagnostics pathway and ignored. See docs/gc.md.
#ifndef MEDI_GC_SAFE_GC_H
#define MEDI_GC_SAFE_GC_H

#include "medi/config.h"

#if MEDI_ENABLE_GC

#include "medi/error/runtime_error.h"
#include "medi/error/source_site.h"
#include "medi/gc/gc_params.h"
#include "medi/gc/gc_stats.h"
#include "medi/zone.h"

#include <cstddef>
#include <cstdint>
#include <expected>
#include <memory>
#include <new>
#include <optional>
#include <source_location>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>

namespace medi::gc_zone {

class SafeGc;
template <class T> class GcWeak;

namespace detail {
class Heap;

/// How the collector destroys a typed object's payload.
struct TypeOps {
  void (*destroy)(void *payload) noexcept;
};
template <class T>
inline constexpr TypeOps type_ops_of{
    [](void *payload) noexcept { static_cast<T *>(payload)->~T(); }};

/// A finalizer, type-erased: run once, just before its object is destroyed.
struct FinalizerBase {
  virtual ~FinalizerBase() = default;
  virtual void run(void *payload) = 0;
};
template <class T, class F> struct Finalizer final : FinalizerBase {
  explicit Finalizer(F f) : function(std::move(f)) {}
  void run(void *payload) override { function(*static_cast<T *>(payload)); }
  F function;
};

/// Memory for an object whose payload is `payload_bytes` (nullptr when there is none).
void *reserve_object(std::size_t payload_bytes) noexcept;
/// Gives back reserve_object()'s memory of an object that was never adopted.
void discard_object(void *payload) noexcept;

inline constexpr std::size_t kMaxPayloadAlignment = 16;
} // namespace detail

/// A reference to a T the collector owns. Keeps nothing alive (root it, or link it from a
/// rooted object); valid while its object is reachable. id() is the handle the C ABI uses.
template <class T> class GcRef {
public:
  GcRef() = default;
  T *get() const noexcept { return object_; }
  T &operator*() const noexcept { return *object_; }
  T *operator->() const noexcept { return object_; }
  std::uint64_t id() const noexcept { return id_; }
  explicit operator bool() const noexcept { return id_ != 0; }
  friend bool operator==(const GcRef &a, const GcRef &b) noexcept { return a.id_ == b.id_; }

private:
  friend class SafeGc;
  friend class GcWeak<T>;
  GcRef(std::uint64_t id, T *object) noexcept : id_(id), object_(object) {}
  std::uint64_t id_ = 0;
  T *object_ = nullptr;
};

/// A root: its object (and everything reachable from it) lives while the GcRoot does.
template <class T> class [[nodiscard]] GcRoot {
public:
  GcRoot() = default;
  GcRoot(GcRoot &&other) noexcept
      : gc_(std::exchange(other.gc_, nullptr)), ref_(std::exchange(other.ref_, {})) {}
  GcRoot &operator=(GcRoot &&other) noexcept {
    if (this != &other) {
      reset();
      gc_ = std::exchange(other.gc_, nullptr);
      ref_ = std::exchange(other.ref_, {});
    }
    return *this;
  }
  ~GcRoot() { reset(); }

  const GcRef<T> &ref() const noexcept { return ref_; }
  T *get() const noexcept { return ref_.get(); }
  T *operator->() const noexcept { return ref_.get(); }
  T &operator*() const noexcept { return *ref_; }
  /// Removes the root now.
  void reset() noexcept;

private:
  friend class SafeGc;
  friend class GcWeak<T>;
  GcRoot(SafeGc *gc, GcRef<T> ref) noexcept : gc_(gc), ref_(ref) {}
  SafeGc *gc_ = nullptr;
  GcRef<T> ref_;
};

/// A weak reference: upgrade() roots the object again while it lives, gives nothing once it
/// has been collected.
template <class T> class GcWeak {
public:
  GcWeak() = default;
  /// A root for the object, if it has not been collected.
  std::optional<GcRoot<T>>
  upgrade(std::source_location location = std::source_location::current()) const noexcept;
  std::uint64_t id() const noexcept { return id_; }

private:
  friend class SafeGc;
  GcWeak(SafeGc *gc, std::uint64_t id) noexcept : gc_(gc), id_(id) {}
  SafeGc *gc_ = nullptr;
  std::uint64_t id_ = 0;
};

/// Inside the GC's Safe zone (medi::current_zone() == ZoneKind::Safe) for its lifetime.
class [[nodiscard]] Guard {
public:
  explicit Guard(std::source_location location = std::source_location::current()) noexcept
      : location_(location) {
    medi::detail::enter_zone(ZoneKind::Safe, location_);
  }
  ~Guard() { medi::detail::exit_zone(ZoneKind::Safe, location_); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;

private:
  std::source_location location_;
};

class SafeGc {
public:
  /// A collector of its own, tuned by GcParams::from_environment().
  SafeGc();
  explicit SafeGc(GcParams params);
  /// Finalizes and destroys every object it still holds.
  ~SafeGc();
  SafeGc(const SafeGc &) = delete;
  SafeGc &operator=(const SafeGc &) = delete;

  /// The process's collector: the one the medi_gc_* C ABI uses. Never destroyed.
  static SafeGc &global() noexcept;

  /// A full collection, now: finishes any incremental cycle, then marks and sweeps everything.
  /// A safe point for the caller: its pending objects are judged like any other.
  void collect_garbage(std::source_location location = std::source_location::current()) noexcept {
    collect(location);
  }
  void collect(SourceSite site) noexcept;

  /// A new T, built from `args`. Fails (and reports) when the collector is poisoned or memory
  /// runs out; an exception from T's constructor propagates and nothing is allocated.
  /// (A parameter pack leaves no room for a defaulted source location: reports from allocate()
  /// name an unknown place; allocate_at() names the one it is given.)
  template <class T, class... Args> std::expected<GcRef<T>, RuntimeError> allocate(Args &&...args) {
    return allocate_at<T>(SourceSite(static_cast<const medi_rt_source *>(nullptr)),
                          std::forward<Args>(args)...);
  }
  template <class T, class... Args>
  std::expected<GcRef<T>, RuntimeError> allocate_at(SourceSite site, Args &&...args);

  template <class T>
  GcRoot<T> root(GcRef<T> ref,
                 std::source_location location = std::source_location::current()) noexcept {
    add_root(ref.id(), location);
    return GcRoot<T>(this, ref);
  }
  template <class T> GcWeak<T> weak(GcRef<T> ref) noexcept { return GcWeak<T>(this, ref.id()); }

  template <class P, class C>
  void add_edge(GcRef<P> parent, GcRef<C> child,
                std::source_location location = std::source_location::current()) noexcept {
    add_edge(parent.id(), child.id(), location);
  }
  template <class P, class C>
  void remove_edge(GcRef<P> parent, GcRef<C> child,
                   std::source_location location = std::source_location::current()) noexcept {
    remove_edge(parent.id(), child.id(), location);
  }

  /// `finalizer(T&)` runs once, under the collector's lock, just before the object is
  /// destroyed. It must not call the collector (that is reported, op gc.lock) and should not
  /// throw: an exception poisons the collector (every later call reports gc.lock and fails).
  template <class T, class F>
  void set_finalizer(GcRef<T> ref, F finalizer,
                     std::source_location location = std::source_location::current()) {
    set_finalizer(ref.id(),
                  std::make_unique<detail::Finalizer<T, std::decay_t<F>>>(std::move(finalizer)),
                  location);
  }

  /// Inside the Safe zone until the guard goes.
  Guard enter(std::source_location location = std::source_location::current()) const noexcept {
    return Guard(location);
  }

  GcStats stats() const noexcept;
  const GcParams &params() const noexcept;

  // --- by id, as the C ABI works -----------------------------------------------------------
  /// A string object holding `bytes` (invalid UTF-8 replaced by U+FFFD); 0 on failure.
  std::uint64_t allocate_string(std::span<const std::uint8_t> bytes, SourceSite site) noexcept;
  /// An empty object (a parent for fields); 0 on failure.
  std::uint64_t allocate_unit(SourceSite site) noexcept;
  /// Roots count: an object rooted twice needs two remove_root calls.
  void add_root(std::uint64_t id, SourceSite site) noexcept;
  void remove_root(std::uint64_t id, SourceSite site) noexcept;
  /// Edges count too (a multiset): one remove_edge undoes one add_edge.
  void add_edge(std::uint64_t parent, std::uint64_t child, SourceSite site) noexcept;
  void remove_edge(std::uint64_t parent, std::uint64_t child, SourceSite site) noexcept;
  /// Tells the collector `parent` now refers to `child` (add_edge does this itself).
  void write_barrier(std::uint64_t parent, std::uint64_t child, SourceSite site) noexcept;
  /// A string object's bytes (NUL-terminated; valid while it lives), or nothing if `id` is not
  /// a live string (reported).
  std::optional<std::string_view> string_view(std::uint64_t id, SourceSite site) const noexcept;
  /// Whether `id` names a live object of this collector (never reported).
  bool contains(std::uint64_t id) const noexcept;

private:
  template <class T> friend class GcRoot;
  template <class T> friend class GcWeak;

  std::expected<std::uint64_t, RuntimeError> adopt(void *payload, const detail::TypeOps *ops,
                                                   std::size_t payload_bytes,
                                                   SourceSite site) noexcept;
  void *upgrade_to_root(std::uint64_t id, SourceSite site) noexcept;
  void set_finalizer(std::uint64_t id, std::unique_ptr<detail::FinalizerBase> finalizer,
                     SourceSite site) noexcept;

  std::unique_ptr<detail::Heap> heap_;
};

// --- templates --------------------------------------------------------------------------------

template <class T, class... Args>
std::expected<GcRef<T>, RuntimeError> SafeGc::allocate_at(SourceSite site, Args &&...args) {
  static_assert(alignof(T) <= detail::kMaxPayloadAlignment,
                "SafeGc::allocate: over-aligned types are not supported");
  static_assert(std::is_nothrow_destructible_v<T>, "SafeGc::allocate: T's destructor may throw");
  void *payload = detail::reserve_object(sizeof(T));
  if (!payload) {
    // adopt() reports a null payload as running out of memory.
    return std::unexpected(adopt(nullptr, nullptr, sizeof(T), site).error());
  }
  T *object;
  try {
    object = ::new (payload) T(std::forward<Args>(args)...);
  } catch (...) {
    detail::discard_object(payload);
    throw;
  }
  auto id = adopt(payload, &detail::type_ops_of<T>, sizeof(T), site);
  if (!id)
    return std::unexpected(std::move(id).error());
  return GcRef<T>(*id, object);
}

template <class T> void GcRoot<T>::reset() noexcept {
  if (gc_)
    std::exchange(gc_, nullptr)
        ->remove_root(std::exchange(ref_, {}).id(), std::source_location::current());
}

template <class T>
std::optional<GcRoot<T>> GcWeak<T>::upgrade(std::source_location location) const noexcept {
  if (!gc_ || id_ == 0)
    return std::nullopt;
  void *payload = gc_->upgrade_to_root(id_, location);
  if (!payload)
    return std::nullopt;
  return GcRoot<T>(gc_, GcRef<T>(id_, static_cast<T *>(payload)));
}

} // namespace medi::gc_zone

#endif // MEDI_ENABLE_GC
#endif // MEDI_GC_SAFE_GC_H
