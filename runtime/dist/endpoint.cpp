// endpoint.cpp: opening a named channel, receiving from it, and the frames that reach its owner:
// connects, values and drops (endpoint.h; the credit frames are in credits.cpp).
#include "dist/endpoint.h"

#include "dist/link.h"
#include "dist/phi.h"
#include "dist/poll_pace.h"
#include "dist/report.h"
#include "medi/error/op_tags.h"

#include <algorithm>

namespace medi::dist::detail {
namespace {

void accept_remote(World &world, Endpoint &endpoint, int rank, std::uint64_t link,
                   const ConnectBody &body) {
  const std::string why = refusal(endpoint, body.elem_size, body.phi != 0);
  if (!why.empty()) {
    world.post(rank, {.kind = FrameKind::Refuse, .link = link}, as_body(why));
    return;
  }
  endpoint.remotes.emplace(ConnectionKey{rank, link}, RemoteConnection{});
  ++endpoint.connections;
  ++endpoint.live_senders;
  const AcceptBody accept{.capacity = endpoint.capacity, .phi = endpoint.phi};
  world.post(rank, {.kind = FrameKind::Accept, .channel = endpoint.id, .link = link},
             as_body(accept));
}

// A program thread polling for a value of a buffered channel (recv_bytes), as its own rounds of
// MPI work see it: a value for that channel that arrives while the channel's buffer is empty is
// handed over here instead of passing through the buffer, and its credit is released in the same
// hold of the mutex. The buffer is filled only under the mutex, so an empty buffer means no older
// value is waiting: the order a receiver sees is the order the values came in. Only the thread
// that set it fills it (in the rounds it runs while it polls, holding the baton), and it takes
// the value as soon as the round returns, so a value handed over is never stranded. The value
// goes straight into the receive's result, with no Delivery around it: its credit is released
// already, and nothing else about its origin is needed.
struct DirectTake {
  const Endpoint *endpoint = nullptr;
  Bytes *into = nullptr;   // the receive's result
  bool taken = false;      // a value is in `into`
  bool answer_now = false; // a credit went to a connection whose senders wait
};
thread_local DirectTake *direct_take = nullptr;

// Takes a value arriving for `endpoint` straight to the thread polling for it, if one is and the
// buffer is empty (mutex held); false otherwise. Only buffered channels are polled for this way
// (poll_buffer): a rendezvous value must be acknowledged by its receive.
bool hand_over(World &world, Endpoint &endpoint, const ConnectionKey &origin,
               RemoteConnection &connection, Bytes &&value) {
  DirectTake *take = direct_take;
  if (!take || take->endpoint != &endpoint || take->taken || !endpoint.buffer_rx.is_empty())
    return false;
  *take->into = std::move(value);
  take->taken = true;
  take->answer_now = release_credits(world, endpoint, 1, &origin, &connection);
  world.values_handed_over.store(world.values_handed_over.load(std::memory_order_relaxed) + 1,
                                 std::memory_order_relaxed); // written under the mutex
  return true;
}

struct Polled {
  std::optional<Delivery> buffered; // a value taken from the buffer
  bool taken = false;               // a value was handed over, into the receive's result
  bool answer_now = false;
};

// World::poll for the receiver of `endpoint`, with the values its rounds hand over directly
// into `into`.
Polled poll_buffer(World &world, Endpoint &endpoint, medi::Receiver<Delivery> &buffer,
                   const Deadline &deadline, Bytes &into) {
  DirectTake take{.endpoint = endpoint.capacity > 0 ? &endpoint : nullptr, .into = &into};
  struct Unset {
    ~Unset() { direct_take = nullptr; }
  } unset;
  direct_take = &take;
  Polled polled;
  polled.buffered = world.poll(buffer, deadline, [&] { return take.taken; });
  polled.taken = take.taken;
  polled.answer_now = take.answer_now;
  return polled;
}

} // namespace

Endpoint *find_endpoint(World &world, std::uint32_t id) {
  const auto it = world.endpoints.find(id);
  return it == world.endpoints.end() ? nullptr : it->second.get();
}

RemoteConnection *find_connection(Endpoint &endpoint, int rank, std::uint64_t link) {
  const auto it = endpoint.remotes.find({rank, link});
  return it == endpoint.remotes.end() ? nullptr : &it->second;
}

std::string refusal(const Endpoint &endpoint, std::size_t elem_size, bool phi) {
  if (endpoint.elem_size != elem_size)
    return cat("channel \"", endpoint.name, "\" carries values of ",
               endpoint.elem_size == 0 ? std::string("any number of")
                                       : std::to_string(endpoint.elem_size),
               " bytes, the sender ",
               elem_size == 0 ? std::string("byte buffers") : std::to_string(elem_size));
  if (endpoint.phi && !phi)
    return cat("channel \"", endpoint.name, "\" is phi: a plain sender may not connect");
  if (!endpoint.phi && phi)
    return cat("channel \"", endpoint.name,
               "\" is not phi: a phi sender would send protected health information unencrypted");
  if (endpoint.ended)
    return cat("channel \"", endpoint.name, "\" has ended: every sender went");
  return {};
}

void sender_gone(Endpoint &endpoint) {
  --endpoint.live_senders;
  if (endpoint.live_senders == 0 && endpoint.connections >= endpoint.senders_needed) {
    endpoint.ended = true;
    endpoint.buffer_tx = {}; // the receivers see the end of the stream after the last value
  }
}

std::shared_ptr<SenderState> attach_local_sender(World &,
                                                 const std::shared_ptr<Endpoint> &endpoint) {
  ++endpoint->connections;
  ++endpoint->live_senders;
  auto state = std::make_shared<SenderState>();
  state->local = endpoint;
  return state;
}

std::expected<std::shared_ptr<ReceiverState>, OpenError> open_channel(std::string_view name,
                                                                      std::size_t elem_size,
                                                                      const ChannelOptions &options,
                                                                      SourceSite site) {
  World &world = World::get();
  if (!world.ensure_started(site))
    return std::unexpected(OpenError::Unavailable);
  std::optional<PhiKey> key;
  if (options.phi && !(key = load_phi_key(op::dist_open, site)))
    return std::unexpected(OpenError::NoKey);

  std::lock_guard lock(world.mutex);
  if (world.endpoints_by_name.contains(name)) {
    report(op::dist_open, site,
           cat("channel \"", name, "\" is already open on rank ", world.rank()));
    return std::unexpected(OpenError::NameInUse);
  }
  auto endpoint = std::make_shared<Endpoint>(site);
  endpoint->id = world.next_channel++;
  endpoint->name = name;
  endpoint->capacity = options.capacity;
  endpoint->elem_size = elem_size;
  endpoint->phi = options.phi;
  endpoint->key = key.value_or(PhiKey{});
  endpoint->senders_needed = std::max<std::size_t>(1, options.senders);
  std::tie(endpoint->buffer_tx, endpoint->buffer_rx) = medi::create_unbounded_channel<Delivery>();
  std::tie(endpoint->pool_tx, endpoint->pool_rx) = medi::create_unbounded_channel<char>();
  put_in_pool(*endpoint, endpoint->capacity);
  world.endpoints_by_name.emplace(std::string(name), endpoint);
  world.endpoints.emplace(endpoint->id, endpoint);
  world.expect_frames();

  // Connects that waited for the name.
  if (auto it = world.local_waiting.find(name); it != world.local_waiting.end()) {
    auto waiting = world.local_waiting.extract(it);
    for (PendingConnect &pending : waiting.mapped()) {
      ConnectReply reply;
      reply.why = refusal(*endpoint, pending.elem_size, pending.phi);
      if (reply.why.empty())
        reply.sender = attach_local_sender(world, endpoint);
      (void)pending.reply.send(std::move(reply)); // one waiting value at most: never blocks
    }
  }
  if (auto it = world.remote_waiting.find(name); it != world.remote_waiting.end()) {
    auto waiting = world.remote_waiting.extract(it);
    for (const WaitingRemoteConnect &pending : waiting.mapped())
      accept_remote(world, *endpoint, pending.rank, pending.link, pending.body);
  }

  auto state = std::make_shared<ReceiverState>();
  state->endpoint = std::move(endpoint);
  return state;
}

ReceiverState::~ReceiverState() {
  World &world = World::get();
  std::unique_lock lock(world.mutex);
  Endpoint &ep = *endpoint;
  ep.closed = true;
  world.endpoints.erase(ep.id);
  if (auto it = world.endpoints_by_name.find(ep.name);
      it != world.endpoints_by_name.end() && it->second.get() == &ep)
    world.endpoints_by_name.erase(it);
  for (const auto &[key, connection] : ep.remotes)
    world.post(key.first, {.kind = FrameKind::Closed, .channel = ep.id, .link = key.second});
  ep.remotes.clear();
  ep.demand = 0;
  // Local senders waiting for a credit wake and fail; values still buffered go with the channel
  // (a rendezvous sender's ack channel with them, so it fails and keeps its value).
  auto pool_tx = std::move(ep.pool_tx);
  auto buffer_tx = std::move(ep.buffer_tx);
  auto buffer_rx = std::move(ep.buffer_rx);
  lock.unlock();
}

Status recv_bytes(ReceiverState &receiver, Bytes &value, bool try_only, const Deadline &deadline,
                  SourceSite site) {
  World &world = World::get();
  Endpoint &ep = *receiver.endpoint;
  const bool offers = ep.capacity == 0 && !try_only;
  // The buffer's receiving end stays in place while any handle to this receiver exists.
  medi::Receiver<Delivery> &buffer = ep.buffer_rx;
  if (offers) {
    std::lock_guard lock(world.mutex);
    ++ep.waiting_receivers;
    if (ep.offers < ep.waiting_receivers) {
      ++ep.offers;
      release_credits(world, ep, 1, nullptr);
    }
  }
  // Credits the last receive left queued leave now, if nothing else took them.
  if (world.frames_queued())
    world.progress();

  Status status = Status::Ok;
  std::optional<Delivery> delivery;
  bool answer_now = false;
  if (try_only) {
    auto got = buffer.try_recv();
    if (got)
      delivery = std::move(*got);
    else
      status = got.error() == TryRecvError::Empty ? Status::Empty : Status::Disconnected;
  } else if (Polled polled = poll_buffer(world, ep, buffer, deadline, value); polled.taken) {
    // Received already, into `value`: its credit was released as it was handed over.
    if (polled.answer_now)
      world.progress();
    return Status::Ok;
  } else if (polled.buffered) {
    delivery = std::move(polled.buffered);
  } else {
    const medi::detail::BlockedOn why =
        world.wait_record(op::dist_recv, site, deadline.has_value());
    const medi::detail::BlockingScope waiting(why);
    if (deadline) {
      auto got = buffer.recv_until(*deadline);
      if (got)
        delivery = std::move(*got);
      else
        status = got.error() == RecvTimeoutError::Timeout     ? Status::Timeout
                 : got.error() == RecvTimeoutError::Cancelled ? Status::Cancelled
                                                              : Status::Disconnected;
    } else {
      auto got = buffer.recv();
      if (got)
        delivery = std::move(*got);
      else
        status = got.error().cancelled ? Status::Cancelled : Status::Disconnected;
    }
    if (delivery)
      poll_pace().woke(std::chrono::steady_clock::now());
  }

  {
    std::lock_guard lock(world.mutex);
    if (offers)
      --ep.waiting_receivers;
    if (!delivery) {
      // An offer nobody used goes back, if it is still here.
      if (offers && ep.offers > ep.waiting_receivers && ep.pool_rx.try_recv())
        --ep.offers;
      return status;
    }
    if (ep.capacity == 0) {
      if (ep.offers > 0)
        --ep.offers;
    } else if (!ep.closed) {
      const ConnectionKey origin{delivery->origin_rank, delivery->origin_link};
      answer_now = release_credits(world, ep, 1, delivery->origin_link ? &origin : nullptr);
    }
    if (delivery->local_ack) {
      (void)delivery->local_ack->try_send(true);
    } else if (delivery->ack_seq != 0) {
      world.post(delivery->origin_rank, {.kind = FrameKind::Ack,
                                         .channel = ep.id,
                                         .link = delivery->origin_link,
                                         .seq = delivery->ack_seq});
      answer_now = true;
    }
  }
  // A waiting sender's credit or acknowledgement leaves now, unless another thread sends it; a
  // credit nobody waits for goes with this rank's next message to its sender.
  if (answer_now)
    world.progress();
  value = std::move(delivery->bytes);
  return Status::Ok;
}

Status send_local(World &world, const std::shared_ptr<Endpoint> &endpoint, Bytes &value,
                  bool try_only, Deadline deadline, SourceSite site) {
  Endpoint &ep = *endpoint;
  medi::Receiver<char> pool;
  {
    std::lock_guard lock(world.mutex);
    if (ep.closed)
      return report_send_disconnected(ep.name, world.rank(), site);
    pool = ep.pool_rx;
  }
  if (auto token = pool.try_recv(); !token) {
    if (token.error() == TryRecvError::Disconnected)
      return report_send_disconnected(ep.name, world.rank(), site);
    if (try_only)
      return Status::Full;
    {
      std::lock_guard lock(world.mutex);
      ++ep.local_waiting;
      recall_for_local(world, ep);
    }
    Status waited = Status::Ok;
    const medi::detail::BlockedOn why =
        world.wait_record(op::dist_send, site, deadline.has_value());
    const medi::detail::BlockingScope waiting(why);
    if (deadline) {
      auto got = pool.recv_until(*deadline);
      if (!got)
        waited = got.error() == RecvTimeoutError::Timeout     ? Status::Timeout
                 : got.error() == RecvTimeoutError::Cancelled ? Status::Cancelled
                                                              : Status::Disconnected;
    } else if (auto got = pool.recv(); !got) {
      waited = got.error().cancelled ? Status::Cancelled : Status::Disconnected;
    }
    std::lock_guard lock(world.mutex);
    --ep.local_waiting;
    if (waited == Status::Disconnected)
      return report_send_disconnected(ep.name, world.rank(), site);
    if (waited != Status::Ok)
      return waited;
  }

  medi::Receiver<bool> ack;
  {
    std::lock_guard lock(world.mutex);
    if (ep.closed)
      return report_send_disconnected(ep.name, world.rank(), site);
    Delivery delivery;
    delivery.origin_rank = world.rank();
    if (ep.capacity == 0) {
      auto [ack_tx, ack_rx] = medi::create_bounded_channel<bool>(1);
      delivery.local_ack = std::move(ack_tx);
      ack = std::move(ack_rx);
      delivery.bytes = value; // kept until a receiver has taken it
    } else {
      delivery.bytes = std::move(value);
    }
    (void)ep.buffer_tx.send(std::move(delivery));
  }
  if (ep.capacity == 0) {
    const medi::detail::BlockedOn why = world.wait_record(op::dist_send, site, false);
    const medi::detail::BlockingScope waiting(why);
    if (!ack.recv())
      return report_send_disconnected(ep.name, world.rank(), site);
  }
  return Status::Ok;
}

// --- Frames from senders on other ranks ----------------------------------------------------------

void on_connect(World &world, int source, const FrameHeader &header,
                std::span<const std::byte> body) {
  ConnectBody connect{};
  if (body.size() < sizeof connect)
    return;
  std::memcpy(&connect, body.data(), sizeof connect);
  const std::string name(reinterpret_cast<const char *>(body.data() + sizeof connect),
                         body.size() - sizeof connect);
  if (auto it = world.endpoints_by_name.find(name); it != world.endpoints_by_name.end()) {
    accept_remote(world, *it->second, source, header.link, connect);
    return;
  }
  world.remote_waiting[name].push_back({source, header.link, connect});
}

void on_data(World &world, int source, const FrameHeader &header, Bytes &&value) {
  Endpoint *ep = find_endpoint(world, header.channel);
  RemoteConnection *connection = ep ? find_connection(*ep, source, header.link) : nullptr;
  if (!connection)
    return; // the receiving end went after the value left: it goes with the channel
  if (connection->held > 0)
    --connection->held;
  if (ep->phi) {
    if (!open_sealed(ep->key, ep->name, ep->id, source, header, connection->next_seq, value)) {
      // Never delivered (open_sealed reported it). Its credit is free again (a rendezvous
      // receiver's offer stands), and a rendezvous sender is told: it fails, keeping its value.
      release_credits(world, *ep, 1, nullptr);
      if (ep->capacity == 0)
        world.post(source, {.kind = FrameKind::Ack,
                            .channel = ep->id,
                            .link = header.link,
                            .seq = header.seq,
                            .value = kAckRejected});
      return;
    }
    connection->next_seq = header.seq + 1;
  }
  if (hand_over(world, *ep, {source, header.link}, *connection, std::move(value)))
    return;
  Delivery delivery;
  delivery.origin_rank = source;
  delivery.origin_link = header.link;
  delivery.ack_seq = ep->capacity == 0 ? header.seq : 0;
  delivery.bytes = std::move(value);
  (void)ep->buffer_tx.send(std::move(delivery));
}

void on_drop(World &world, int source, const FrameHeader &header) {
  Endpoint *ep = find_endpoint(world, header.channel);
  RemoteConnection *connection = ep ? find_connection(*ep, source, header.link) : nullptr;
  if (!connection)
    return;
  const std::size_t held = connection->held;
  ep->demand -= connection->demand;
  ep->remotes.erase({source, header.link});
  release_credits(world, *ep, held, nullptr);
  sender_gone(*ep);
}

std::size_t buffered(const ReceiverState &receiver) noexcept {
  return receiver.endpoint->buffer_rx.len();
}
std::size_t capacity(const ReceiverState &receiver) noexcept {
  return receiver.endpoint->capacity;
}
std::string_view name(const ReceiverState &receiver) noexcept {
  return receiver.endpoint->name;
}

} // namespace medi::dist::detail
