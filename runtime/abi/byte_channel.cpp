// byte_channel.cpp: the size classes of the C ABI's channels.
#include "byte_channel.h"

#include "medi/select.h"

#include <cstring>
#include <memory>

namespace medi::abi {
namespace {

template <std::size_t N> struct InlineBytes {
  alignas(16) unsigned char bytes[N];
  void store(const void *value, std::size_t size) { std::memcpy(bytes, value, size); }
  void load(void *out, std::size_t size) const { std::memcpy(out, bytes, size); }
};

struct HeapBytes {
  std::unique_ptr<unsigned char[]> bytes;
  void store(const void *value, std::size_t size) {
    bytes = std::make_unique_for_overwrite<unsigned char[]>(size);
    std::memcpy(bytes.get(), value, size);
  }
  void load(void *out, std::size_t size) const { std::memcpy(out, bytes.get(), size); }
};

template <class Payload> struct OpsFor {
  using State = detail::ChannelState<Payload>;
  static State *of(void *state) noexcept { return static_cast<State *>(state); }

  static ChannelStatus send(void *state, const void *value, std::size_t size, const ByteWait *wait,
                            Deadline deadline) {
    Payload payload;
    if (size > 0)
      payload.store(value, size);
    return wait ? of(state)->send_waiting(payload, deadline, wait->op, wait->site)
                : of(state)->try_send(payload);
  }
  static ChannelStatus recv(void *state, void *out, std::size_t size, const ByteWait *wait,
                            Deadline deadline) {
    std::optional<Payload> payload;
    const ChannelStatus status =
        wait ? of(state)->recv_waiting(payload, deadline, wait->op, wait->site)
             : of(state)->try_recv(payload);
    if (status == ChannelStatus::Ok && size > 0)
      payload->load(out, size);
    return status;
  }
  static void add_sender(void *state) noexcept { of(state)->add_sender(); }
  static void release_sender(void *state) noexcept { of(state)->release_sender(); }
  static void add_receiver(void *state) noexcept { of(state)->add_receiver(); }
  static void release_receiver(void *state) noexcept { of(state)->release_receiver(); }

  template <class Case> struct Owned final : ByteSelectCase {
    template <class... Args> explicit Owned(Args &&...args) : owned(std::forward<Args>(args)...) {}
    detail::SelectCase &select_case() noexcept override { return owned; }
    Case owned;
  };

  static std::unique_ptr<ByteSelectCase> recv_case(void *state, void *out, std::size_t size,
                                                   SourceSite site, bool *disconnected) {
    auto handler = [out, size, disconnected](std::expected<Payload, RecvError> received) {
      if (!received)
        *disconnected = true;
      else if (size > 0)
        received->load(out, size);
    };
    using Case = detail::RecvCase<Payload, detail::ChannelFamily::Mpmc, decltype(handler)>;
    return std::make_unique<Owned<Case>>(of(state), handler, site);
  }
  static std::unique_ptr<ByteSelectCase> send_case(void *state, const void *value, std::size_t size,
                                                   SourceSite site, bool *disconnected) {
    auto handler = [disconnected](std::expected<void, SendError<Payload>> sent) {
      if (!sent)
        *disconnected = true;
    };
    Payload payload;
    if (size > 0)
      payload.store(value, size);
    using Case = detail::SendCase<Payload, detail::ChannelFamily::Mpmc, decltype(handler)>;
    return std::make_unique<Owned<Case>>(of(state), std::move(payload), handler, site);
  }

  static constexpr ByteChannelOps table{&send,           &recv,         &add_sender,
                                        &release_sender, &add_receiver, &release_receiver,
                                        &recv_case,      &send_case};

  static void create(std::size_t elem_size, std::size_t capacity, ByteChannelEnd &sender,
                     ByteChannelEnd &receiver) {
    void *state = new State(capacity);
    sender = ByteChannelEnd{&table, state, elem_size};
    receiver = ByteChannelEnd{&table, state, elem_size};
  }
};

} // namespace

void create_byte_channel(std::size_t elem_size, std::size_t capacity, ByteChannelEnd &sender,
                         ByteChannelEnd &receiver) {
  if (elem_size <= 8)
    OpsFor<InlineBytes<8>>::create(elem_size, capacity, sender, receiver);
  else if (elem_size <= 16)
    OpsFor<InlineBytes<16>>::create(elem_size, capacity, sender, receiver);
  else if (elem_size <= 32)
    OpsFor<InlineBytes<32>>::create(elem_size, capacity, sender, receiver);
  else if (elem_size <= 64)
    OpsFor<InlineBytes<64>>::create(elem_size, capacity, sender, receiver);
  else
    OpsFor<HeapBytes>::create(elem_size, capacity, sender, receiver);
}

} // namespace medi::abi
