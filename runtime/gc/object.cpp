// object.cpp: GC object blocks (header + payload) from the global allocator.
#include "object.h"

#include "medi/fault_injection.h"

#include <new>

namespace medi::gc_zone::detail {

static_assert(sizeof(Object) % gc_zone::detail::kMaxPayloadAlignment == 0,
              "payloads start right after the header, aligned");
static_assert(alignof(Object) <= __STDCPP_DEFAULT_NEW_ALIGNMENT__,
              "plain operator new aligns the header");

Object *new_object(std::size_t payload_bytes) noexcept {
  if (payload_bytes > kMaxPayloadBytes ||
      fault_injection::allocation_fails(fault_injection::Point::GcObject))
    return nullptr;
  void *memory = ::operator new(sizeof(Object) + payload_bytes, std::nothrow);
  if (!memory)
    return nullptr;
  auto *object = ::new (memory) Object;
  object->payload_bytes = static_cast<std::uint32_t>(payload_bytes);
  return object;
}

void delete_object(Object *object) noexcept {
  object->~Object();
  ::operator delete(object);
}

} // namespace medi::gc_zone::detail
