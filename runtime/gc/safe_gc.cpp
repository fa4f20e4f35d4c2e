// safe_gc.cpp: medi::gc_zone::SafeGc, the C++ face of a Heap.
#include "medi/gc/safe_gc.h"

#include "global_heap.h"
#include "heap.h"
#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"

#include <string>

namespace medi::gc_zone {

using detail::new_object;
using detail::Object;

namespace {
[[gnu::cold]] RuntimeError report_out_of_memory(std::size_t bytes, SourceSite site) noexcept {
  auto error = RuntimeError::message("out of memory allocating a GC object of " +
                                     std::to_string(bytes) + " bytes");
  report_error(error, site.context(op::gc_alloc));
  return error;
}
} // namespace

namespace detail {
void *reserve_object(std::size_t payload_bytes) noexcept {
  Object *object = new_object(payload_bytes);
  return object ? object->payload() : nullptr;
}
void discard_object(void *payload) noexcept {
  detail::delete_object(Object::from_payload(payload));
}
} // namespace detail

SafeGc::SafeGc() : SafeGc(GcParams::from_environment()) {}
SafeGc::SafeGc(GcParams params) : heap_(std::make_unique<detail::Heap>(params)) {}
SafeGc::~SafeGc() = default;

namespace {
detail::Heap *global_heap_of = nullptr; // set once, with the global collector
} // namespace

SafeGc &SafeGc::global() noexcept {
  // Never destroyed: compiled code and other static destructors may still use it at exit.
  static SafeGc *const gc = [] {
    auto *made = new SafeGc();
    global_heap_of = made->heap_.get();
    return made;
  }();
  return *gc;
}

detail::Heap &detail::global_heap() noexcept {
  SafeGc::global();
  return *global_heap_of;
}

void SafeGc::collect(SourceSite site) noexcept {
  heap_->collect(site);
}

std::expected<std::uint64_t, RuntimeError> SafeGc::adopt(void *payload, const detail::TypeOps *ops,
                                                         std::size_t payload_bytes,
                                                         SourceSite site) noexcept {
  if (!payload)
    return std::unexpected(report_out_of_memory(payload_bytes, site));
  return heap_->adopt(Object::from_payload(payload), detail::ObjectKind::Native, ops, site);
}

std::uint64_t SafeGc::allocate_string(std::span<const std::uint8_t> bytes,
                                      SourceSite site) noexcept {
  return heap_->allocate_string(bytes, site);
}

std::uint64_t SafeGc::allocate_unit(SourceSite site) noexcept {
  return heap_->allocate_plain(detail::ObjectKind::Unit, {}, site);
}

void SafeGc::add_root(std::uint64_t id, SourceSite site) noexcept {
  heap_->add_root(id, site);
}
void SafeGc::remove_root(std::uint64_t id, SourceSite site) noexcept {
  heap_->remove_root(id, site);
}
void SafeGc::add_edge(std::uint64_t parent, std::uint64_t child, SourceSite site) noexcept {
  heap_->add_edge(parent, child, site);
}
void SafeGc::remove_edge(std::uint64_t parent, std::uint64_t child, SourceSite site) noexcept {
  heap_->remove_edge(parent, child, site);
}
void SafeGc::write_barrier(std::uint64_t parent, std::uint64_t child, SourceSite site) noexcept {
  heap_->write_barrier(parent, child, site);
}
std::optional<std::string_view> SafeGc::string_view(std::uint64_t id,
                                                    SourceSite site) const noexcept {
  return heap_->string_view(id, site);
}
bool SafeGc::contains(std::uint64_t id) const noexcept {
  return heap_->contains(id);
}
void *SafeGc::upgrade_to_root(std::uint64_t id, SourceSite site) noexcept {
  return heap_->upgrade_to_root(id, site);
}
void SafeGc::set_finalizer(std::uint64_t id, std::unique_ptr<detail::FinalizerBase> finalizer,
                           SourceSite site) noexcept {
  heap_->set_finalizer(id, std::move(finalizer), site);
}
GcStats SafeGc::stats() const noexcept {
  return heap_->stats();
}
const GcParams &SafeGc::params() const noexcept {
  return heap_->params();
}

} // namespace medi::gc_zone
