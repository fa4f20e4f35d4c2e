// stack_pool.cpp: mmap-reserved task stacks, guard pages while the mapping budget lasts, canaries
// after that, and free lists for reuse.
#include "stack_pool.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sys/mman.h>
#include <unistd.h>

namespace medi::detail {
namespace {

constexpr unsigned char kCanaryPattern[8] = {0xde, 0xad, 0x5a, 0xfe, 0x57, 0xac, 0x4b, 0xe1};

std::size_t round_up(std::size_t value, std::size_t multiple) {
  return (value + multiple - 1) / multiple * multiple;
}

std::byte *map_reserved(std::size_t bytes) {
  void *memory = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  return memory == MAP_FAILED ? nullptr : static_cast<std::byte *>(memory);
}

} // namespace

std::size_t default_guard_budget() {
  std::size_t max_map_count = 65530;
  std::ifstream file("/proc/sys/vm/max_map_count");
  file >> max_map_count;
  // A quarter of the process's mappings for guarded stacks (two mappings each); the rest is left
  // to malloc, thread stacks, libraries and, under a sanitizer, its shadow mappings, which
  // multiply every mapping of ours: there we take a quarter of that again.
  std::size_t budget = max_map_count / 4 / 2;
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  budget /= 4;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
  budget /= 4;
#endif
#endif
  return budget;
}

StackPool::StackPool(std::size_t stack_size, std::optional<std::size_t> guard_budget)
    : page_size_(static_cast<std::size_t>(::sysconf(_SC_PAGESIZE))),
      stack_size_(round_up(std::max(stack_size, page_size_), page_size_)),
      guard_budget_(guard_budget.value_or(default_guard_budget())),
      stacks_per_slab_(std::max<std::size_t>(1, kSlabBytes / stack_size_)) {}

StackPool::~StackPool() {
  for (std::byte *mapping : guarded_mappings_)
    ::munmap(mapping, stack_size_ + page_size_);
  for (std::byte *slab : slabs_)
    ::munmap(slab, slab_bytes());
}

std::optional<FiberStack> StackPool::acquire() {
  std::lock_guard lock(mutex_);
  if (!free_guarded_.empty()) {
    FiberStack stack = free_guarded_.back();
    free_guarded_.pop_back();
    return stack;
  }
  if (guarded_mapped_ < guard_budget_) {
    if (auto stack = map_guarded())
      return stack;
  }
  if (free_canary_.empty() && !carve_from_slab())
    return std::nullopt;
  FiberStack stack = free_canary_.back();
  free_canary_.pop_back();
  write_canary(stack);
  return stack;
}

void StackPool::release(const FiberStack &stack) {
  std::lock_guard lock(mutex_);
  (stack.guarded ? free_guarded_ : free_canary_).push_back(stack);
}

std::optional<FiberStack> StackPool::map_guarded() {
  std::byte *mapping = map_reserved(stack_size_ + page_size_);
  if (!mapping)
    return std::nullopt;
  if (::mprotect(mapping, page_size_, PROT_NONE) != 0) {
    ::munmap(mapping, stack_size_ + page_size_);
    return std::nullopt;
  }
  guarded_mappings_.push_back(mapping);
  ++guarded_mapped_;
  return FiberStack{.limit = mapping + page_size_, .size = stack_size_, .guarded = true};
}

std::size_t StackPool::slab_bytes() const noexcept {
  return page_size_ + stack_size_ * stacks_per_slab_;
}

// A slab: one page, then stacks_per_slab_ regions of stack_size_ bytes. Each stack is its region
// less the region's top kCanaryBytes, which hold the canary of the stack above: a stack's canary
// then shares a page with the top of the stack below it, which that stack touches whenever it is
// in use, so a parked task costs the pages its own stack touched and no page for its canary. The
// lowest stack's canary is at the top of the slab's first page.
std::optional<FiberStack> StackPool::carve_from_slab() {
  std::byte *slab = map_reserved(slab_bytes());
  if (!slab)
    return std::nullopt;
  slabs_.push_back(slab);
  for (std::size_t i = stacks_per_slab_; i-- > 0;)
    free_canary_.push_back(FiberStack{.limit = slab + page_size_ + i * stack_size_,
                                      .size = stack_size_ - kCanaryBytes});
  return free_canary_.back();
}

void StackPool::write_canary(const FiberStack &stack) noexcept {
  for (std::size_t offset = kCanaryBytes; offset > 0; offset -= sizeof kCanaryPattern)
    std::memcpy(stack.limit - offset, kCanaryPattern, sizeof kCanaryPattern);
}

bool StackPool::canary_intact(const FiberStack &stack) noexcept {
  if (stack.guarded)
    return true;
  for (std::size_t offset = kCanaryBytes; offset > 0; offset -= sizeof kCanaryPattern)
    if (std::memcmp(stack.limit - offset, kCanaryPattern, sizeof kCanaryPattern) != 0)
      return false;
  return true;
}

std::byte *StackPool::overflow_boundary(const FiberStack &stack) noexcept {
  return stack.limit;
}

std::size_t StackPool::guarded_in_use() const {
  std::lock_guard lock(mutex_);
  return guarded_mapped_ - free_guarded_.size();
}

std::size_t StackPool::free_count() const {
  std::lock_guard lock(mutex_);
  return free_guarded_.size() + free_canary_.size();
}

} // namespace medi::detail
