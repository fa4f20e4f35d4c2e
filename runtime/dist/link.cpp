// link.cpp: connecting senders to named channels and sending on them (link.h).
#include "dist/link.h"

#include "dist/endpoint.h"
#include "dist/phi.h"
#include "dist/poll_pace.h"
#include "dist/report.h"
#include "medi/error/op_tags.h"

#include <utility>

namespace medi::dist::detail {

Status send_local(World &world, const std::shared_ptr<Endpoint> &endpoint, Bytes &value,
                  bool try_only, Deadline deadline, SourceSite site);

namespace {

Link *find_link(World &world, std::uint64_t id) {
  const auto it = world.links.find(id);
  return it == world.links.end() ? nullptr : it->second;
}

template <class Error> Status status_of(Error error) {
  if constexpr (std::is_same_v<Error, RecvTimeoutError>)
    return error == RecvTimeoutError::Timeout     ? Status::Timeout
           : error == RecvTimeoutError::Cancelled ? Status::Cancelled
                                                  : Status::Disconnected;
  else
    return error.cancelled ? Status::Cancelled : Status::Disconnected;
}

// Waits for what a one-value channel brings, driving MPI for a while first (World::poll).
template <class T>
std::expected<T, Status> wait_for(World &world, medi::Receiver<T> &from, Deadline deadline,
                                  const medi::detail::BlockedOn &why) {
  if (auto early = world.poll(from, deadline))
    return std::move(*early);
  const medi::detail::BlockingScope waiting(why);
  if (deadline) {
    auto got = from.recv_until(*deadline);
    if (!got)
      return std::unexpected(status_of(got.error()));
    poll_pace().woke(std::chrono::steady_clock::now());
    return std::move(*got);
  }
  auto got = from.recv();
  if (!got)
    return std::unexpected(status_of(got.error()));
  poll_pace().woke(std::chrono::steady_clock::now());
  return std::move(*got);
}

// Waits, mutex held in `lock`, until fewer than kLargeValuesInFlight of `link`'s large values are
// in flight (link.h); Ok, or why it gave up.
Status wait_for_large_slot(World &world, Link &link, std::unique_lock<WorldMutex> &lock,
                           bool try_only, Deadline deadline, SourceSite site) {
  for (;;) {
    auto &in_flight = link.large_in_flight;
    while (!in_flight.empty() && in_flight.front().is_disconnected())
      in_flight.pop_front();
    if (in_flight.size() < kLargeValuesInFlight)
      return Status::Ok;
    if (try_only)
      return Status::Full;
    medi::Receiver<bool> oldest = in_flight.front();
    lock.unlock();
    // Nothing is ever sent on it: it ends disconnected when the value has left.
    auto left = wait_for(world, oldest, deadline,
                         world.wait_record(op::dist_send, site, deadline.has_value()));
    lock.lock();
    if (!left && left.error() != Status::Disconnected)
      return left.error();
    if (link.closed)
      return report_send_disconnected(link.name, link.owner, site);
  }
}

std::string describe_wait(std::string_view name, int owner) {
  return cat("channel \"", name, "\" on rank ", owner);
}

} // namespace

std::expected<std::shared_ptr<SenderState>, ConnectError>
connect_channel(std::string_view name, int owner, std::size_t elem_size,
                const ConnectOptions &options, Deadline deadline, SourceSite site) {
  World &world = World::get();
  if (!world.ensure_started(site))
    return std::unexpected(ConnectError::Unavailable);
  if (owner < 0 || owner >= world.size()) {
    report(op::dist_connect, site,
           cat("connect to channel \"", name, "\" on rank ", owner, ": the job has ranks 0 to ",
               world.size() - 1));
    return std::unexpected(ConnectError::InvalidRank);
  }
  std::optional<PhiKey> key;
  if (options.phi && !(key = load_phi_key(op::dist_connect, site)))
    return std::unexpected(ConnectError::Refused);

  auto [reply_tx, reply_rx] = medi::create_bounded_channel<ConnectReply>(1);
  std::uint64_t link_id = 0;
  {
    std::lock_guard lock(world.mutex);
    PendingConnect pending{std::move(reply_tx), std::string(name),      elem_size,
                           options.phi,         key.value_or(PhiKey{}), site};
    if (owner == world.rank()) {
      if (auto it = world.endpoints_by_name.find(name); it != world.endpoints_by_name.end()) {
        const std::string why = refusal(*it->second, elem_size, options.phi);
        if (!why.empty()) {
          report(op::dist_connect, site, cat("connect refused: ", why));
          return std::unexpected(ConnectError::Refused);
        }
        return attach_local_sender(world, it->second);
      }
      world.local_waiting[std::string(name)].push_back(std::move(pending));
    } else {
      link_id = world.next_link++;
      const ConnectBody body{.elem_size = elem_size, .phi = options.phi};
      Bytes request(sizeof body + name.size());
      std::memcpy(request.data(), &body, sizeof body);
      std::memcpy(request.data() + sizeof body, name.data(), name.size());
      world.post(owner, {.kind = FrameKind::Connect, .link = link_id}, request);
      world.connecting.emplace(link_id, std::move(pending));
    }
  }

  auto reply = wait_for(world, reply_rx, deadline,
                        world.wait_record(op::dist_connect, site, deadline.has_value()));
  if (!reply) {
    // Nobody answered in time: withdraw, unless the answer came meanwhile (then it is in
    // `reply_rx` and goes with it: an accepted connection drops at once).
    {
      std::lock_guard lock(world.mutex);
      if (link_id != 0) {
        world.connecting.erase(link_id);
      } else if (auto it = world.local_waiting.find(name); it != world.local_waiting.end()) {
        std::erase_if(it->second, [&](const PendingConnect &pending) {
          return pending.reply.same_channel(reply_rx);
        });
        if (it->second.empty())
          world.local_waiting.erase(it);
      }
    }
    if (reply.error() == Status::Timeout)
      report(op::dist_connect, site,
             cat("connect timed out: nobody opened ", describe_wait(name, owner)));
    else if (reply.error() != Status::Cancelled)
      report(op::dist_connect, site,
             cat("connect to ", describe_wait(name, owner),
                 " ended: the distributed runtime stopped"));
    return std::unexpected(reply.error() == Status::Timeout ? ConnectError::Timeout
                                                            : ConnectError::Unavailable);
  }
  if (!reply->sender) {
    report(op::dist_connect, site, cat("connect refused: ", reply->why));
    return std::unexpected(ConnectError::Refused);
  }
  return std::move(reply->sender);
}

SenderState::~SenderState() {
  World &world = World::get();
  std::lock_guard lock(world.mutex);
  if (local) {
    if (!local->closed)
      sender_gone(*local);
    return;
  }
  world.links.erase(link->id);
  if (!link->closed && !world.stopped())
    world.post(link->owner, {.kind = FrameKind::Drop, .channel = link->channel, .link = link->id});
}

Status send_bytes(SenderState &sender, Bytes &value, bool try_only, const Deadline &deadline,
                  SourceSite site) {
  World &world = World::get();
  if (sender.local)
    return send_local(world, sender.local, value, try_only, deadline, site);
  Link &link = *sender.link;

  // A value with a credit at hand is queued under one hold of the mutex; one without reports
  // the wait (Demand) and waits for a credit first.
  std::unique_lock lock(world.mutex);
  if (link.closed)
    return report_send_disconnected(link.name, link.owner, site);
  // A rendezvous value waits for its receiver anyway.
  const bool large =
      link.capacity != 0 && value.size() + (link.phi ? kSealOverhead : 0) >= kSeparateBodyBytes;
  if (large) {
    if (const Status status = wait_for_large_slot(world, link, lock, try_only, deadline, site);
        status != Status::Ok)
      return status;
  }
  if (link.credits > 0) {
    --link.credits;
  } else if (auto token = link.tokens_rx.try_recv(); !token) {
    if (token.error() == TryRecvError::Disconnected)
      return report_send_disconnected(link.name, link.owner, site);
    if (try_only)
      return Status::Full;
    medi::Receiver<char> tokens = link.tokens_rx;
    ++link.waiting;
    world.post(link.owner, {.kind = FrameKind::Demand,
                            .channel = link.channel,
                            .link = link.id,
                            .seq = link.received,
                            .value = link.waiting});
    lock.unlock();
    auto got = wait_for(world, tokens, deadline,
                        world.wait_record(op::dist_send, site, deadline.has_value()));
    lock.lock();
    --link.waiting;
    if (!got) {
      if (got.error() == Status::Disconnected)
        return report_send_disconnected(link.name, link.owner, site);
      return got.error();
    }
    if (link.closed)
      return report_send_disconnected(link.name, link.owner, site);
  }

  medi::Receiver<bool> ack;
  const FrameHeader header{
      .kind = FrameKind::Data, .channel = link.channel, .link = link.id, .seq = link.next_seq++};
  if (link.capacity == 0) {
    auto [ack_tx, ack_rx] = medi::create_bounded_channel<bool>(1);
    link.acks.emplace(header.seq, std::move(ack_tx));
    ack = std::move(ack_rx);
  }
  medi::Sender<bool> sent;
  medi::Receiver<bool> leaving; // a large value's: disconnected once it has left
  if (large) {
    auto [sent_tx, sent_rx] = medi::create_bounded_channel<bool>(1);
    leaving = sent_rx;
    link.large_in_flight.push_back(std::move(sent_rx));
    sent = std::move(sent_tx);
  }
  // A rendezvous value is kept until a receiver has taken it; a buffered one has nothing to hand
  // back once it is sent.
  Bytes body = link.phi             ? seal(link.key, header, world.rank(), value)
               : link.capacity != 0 ? std::move(value)
                                    : Bytes(value);
  if (large || !world.send_now(link.owner, header, body, lock)) {
    world.post_lazily(link.owner, header, std::move(body), std::move(sent));
    world.flush(lock);
  }
  if (link.capacity != 0) {
    value.clear();
    // A large value is sent; its send returns once the value has left (link.h). Past the
    // deadline it is still on its way: the send has succeeded.
    if (large && !try_only)
      (void)wait_for(world, leaving, deadline,
                     world.wait_record(op::dist_send, site, deadline.has_value()));
    return Status::Ok;
  }
  // The value is on its way to a waiting receiver: no deadline now.
  auto taken = wait_for(world, ack, std::nullopt, world.wait_record(op::dist_send, site, false));
  if (taken && *taken)
    return Status::Ok;
  if (taken) {
    report(
        op::dist_send, site,
        cat("send on phi channel \"", link.name, "\" (rank ", link.owner,
            "): the receiving rank rejected the value (authentication failed); it is handed back"));
    return Status::Refused;
  }
  return report_send_disconnected(link.name, link.owner, site);
}

// --- Frames from the ranks that own the channels
// --------------------------------------------------

void on_accept(World &world, int source, const FrameHeader &header,
               std::span<const std::byte> body) {
  AcceptBody accept{};
  if (body.size() < sizeof accept)
    return;
  std::memcpy(&accept, body.data(), sizeof accept);
  auto pending = world.connecting.extract(header.link);
  if (pending.empty()) {
    // The connect timed out meanwhile: the owner counts a sender, so drop it.
    world.post(source, {.kind = FrameKind::Drop, .channel = header.channel, .link = header.link});
    return;
  }
  PendingConnect &connect = pending.mapped();
  auto state = std::make_shared<SenderState>();
  state->link = std::make_unique<Link>(connect.site);
  Link &link = *state->link;
  link.id = header.link;
  link.owner = source;
  link.channel = header.channel;
  link.name = connect.name;
  link.capacity = accept.capacity;
  link.phi = accept.phi != 0;
  link.key = connect.key;
  std::tie(link.tokens_tx, link.tokens_rx) = medi::create_unbounded_channel<char>();
  world.links.emplace(link.id, &link);
  ConnectReply reply;
  reply.sender = std::move(state);
  // The connect may have timed out after all (it withdraws under this mutex, so not yet): the
  // reply channel holds one value and nobody else sends on it.
  (void)connect.reply.try_send(std::move(reply));
}

void on_refuse(World &world, int, const FrameHeader &header, std::span<const std::byte> body) {
  auto pending = world.connecting.extract(header.link);
  if (pending.empty())
    return;
  ConnectReply reply;
  reply.why.assign(reinterpret_cast<const char *>(body.data()), body.size());
  (void)pending.mapped().reply.try_send(std::move(reply));
}

void on_credit(World &world, const FrameHeader &header) {
  Link *link = find_link(world, header.link);
  if (!link || link->closed)
    return;
  link->received += header.value;
  if (link->waiting == 0) {
    link->credits += header.value;
    return;
  }
  for (std::uint64_t i = 0; i < header.value; ++i)
    (void)link->tokens_tx.send(0);
}

void on_recall(World &world, const FrameHeader &header) {
  Link *link = find_link(world, header.link);
  if (!link || link->closed)
    return;
  // A waiting sender may have been handed a token it has not taken yet: give back nothing while
  // any waits (their Demand is on its way). A sender that finds the tokens gone reports Demand.
  std::uint64_t count = 0;
  if (link->waiting == 0)
    count = std::exchange(link->credits, 0);
  while (link->waiting == 0 && link->tokens_rx.try_recv())
    ++count;
  world.post(
      link->owner,
      {.kind = FrameKind::Return, .channel = link->channel, .link = link->id, .value = count});
}

void on_closed(World &world, const FrameHeader &header) {
  Link *link = find_link(world, header.link);
  if (!link)
    return;
  link->closed = true;
  link->tokens_tx = {}; // waiting senders wake and fail
  link->acks.clear();   // rendezvous senders still waiting fail, keeping their values
}

void on_ack(World &world, const FrameHeader &header) {
  Link *link = find_link(world, header.link);
  if (!link)
    return;
  if (auto it = link->acks.find(header.seq); it != link->acks.end()) {
    (void)it->second.try_send(header.value != kAckRejected);
    link->acks.erase(it);
  }
}

int owner(const SenderState &sender) noexcept {
  return sender.local ? World::get().rank() : sender.link->owner;
}
std::string_view name(const SenderState &sender) noexcept {
  return sender.local ? std::string_view(sender.local->name) : std::string_view(sender.link->name);
}

} // namespace medi::dist::detail
