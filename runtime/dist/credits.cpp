// credits.cpp: the owner's side of the credit protocol (endpoint.h): handing credits back as values
// are taken, granting what a connection's waiting senders ask for, and recalling credits a
// connection holds but does not use.
#include "dist/endpoint.h"

#include <algorithm>

namespace medi::dist::detail {
namespace {

// Credits a connection keeps before they are sent back to it unasked: a quarter of the capacity,
// so a steady sender gets them in few frames and the others' share stays visible.
std::size_t credit_batch(const Endpoint &endpoint) {
  return std::max<std::size_t>(1, endpoint.capacity / 4);
}

// Sends the credits assigned to a connection: at once when its senders wait for them (`asked`),
// else lazily (World::post_lazily), in one message with what this rank sends that rank next.
void send_credits(World &world, const ConnectionKey &key, Endpoint &endpoint,
                  RemoteConnection &connection, bool asked) {
  if (connection.unsent == 0)
    return;
  if (asked)
    world.post(key.first, {.kind = FrameKind::Credit,
                           .channel = endpoint.id,
                           .link = key.second,
                           .value = connection.unsent});
  else
    world.post_credit_lazily(key.first, endpoint.id, key.second, connection.unsent);
  connection.granted += connection.unsent;
  connection.unsent = 0;
}

void assign(RemoteConnection &connection, std::size_t count) {
  connection.held += count;
  connection.unsent += count;
}

// The next connection, after the last one served, that waits for a credit.
std::map<ConnectionKey, RemoteConnection>::iterator next_demanding(Endpoint &endpoint) {
  auto &remotes = endpoint.remotes;
  if (endpoint.demand == 0)
    return remotes.end();
  auto start = remotes.upper_bound(endpoint.round_robin);
  for (auto it = start; it != remotes.end(); ++it)
    if (it->second.demand > 0)
      return it;
  for (auto it = remotes.begin(); it != start; ++it)
    if (it->second.demand > 0)
      return it;
  return remotes.end();
}

// Credits assigned to connections but not yet sent are still here: move them to `to`.
std::size_t take_unsent(Endpoint &endpoint, RemoteConnection *to, std::size_t wanted) {
  std::size_t taken = 0;
  for (auto &[key, other] : endpoint.remotes) {
    if (&other == to || other.demand > 0)
      continue;
    const std::size_t count = std::min(wanted - taken, other.unsent);
    other.unsent -= count;
    other.held -= count;
    taken += count;
    if (taken == wanted)
      break;
  }
  return taken;
}

// Asks connections that hold credits and want none to give them back.
void recall_idle(World &world, Endpoint &endpoint, const RemoteConnection *except) {
  for (auto &[key, other] : endpoint.remotes) {
    if (&other == except || other.demand > 0 || other.recalled || other.held == other.unsent)
      continue;
    other.recalled = true;
    world.post(key.first, {.kind = FrameKind::Recall, .channel = endpoint.id, .link = key.second});
  }
}

} // namespace

void put_in_pool(Endpoint &endpoint, std::size_t count) {
  if (endpoint.closed)
    return;
  for (std::size_t i = 0; i < count; ++i)
    (void)endpoint.pool_tx.send(0);
}

bool release_credits(World &world, Endpoint &endpoint, std::size_t count,
                     const ConnectionKey *origin, RemoteConnection *origin_connection) {
  bool asked = false;
  bool origin_found = origin_connection != nullptr;
  for (; count > 0; --count) {
    if (auto it = next_demanding(endpoint); it != endpoint.remotes.end()) {
      --it->second.demand;
      --endpoint.demand;
      assign(it->second, 1);
      send_credits(world, it->first, endpoint, it->second, true);
      endpoint.round_robin = it->first;
      asked = true;
      continue;
    }
    if (endpoint.local_waiting > 0 || endpoint.capacity == 0) {
      put_in_pool(endpoint, 1);
      continue;
    }
    if (!origin_found && origin) {
      origin_connection = find_connection(endpoint, origin->first, origin->second);
      origin_found = true;
    }
    if (origin_connection) {
      assign(*origin_connection, 1);
      if (origin_connection->unsent >= credit_batch(endpoint))
        send_credits(world, *origin, endpoint, *origin_connection, false);
      continue;
    }
    put_in_pool(endpoint, 1);
  }
  return asked;
}

void recall_for_local(World &world, Endpoint &endpoint) {
  const std::size_t taken = take_unsent(endpoint, nullptr, endpoint.local_waiting);
  put_in_pool(endpoint, taken);
  if (taken < endpoint.local_waiting)
    recall_idle(world, endpoint, nullptr);
}

// --- Demand and Return frames from senders on other ranks ---------------------------------------

void on_demand(World &world, int source, const FrameHeader &header) {
  Endpoint *ep = find_endpoint(world, header.channel);
  RemoteConnection *connection = ep ? find_connection(*ep, source, header.link) : nullptr;
  if (!connection)
    return;
  const std::uint64_t in_flight = connection->granted - std::min(connection->granted, header.seq);
  std::size_t need = header.value > in_flight ? header.value - in_flight : 0;
  need -= std::min(need, connection->unsent);
  // Free credits: what this connection needs, and up to a batch more so a stream keeps going.
  std::size_t granted = 0;
  const std::size_t want = std::max(need, ep->capacity == 0 ? need : credit_batch(*ep));
  while (granted < want && ep->pool_rx.try_recv()) {
    assign(*connection, 1);
    ++granted;
  }
  need -= std::min(need, granted);
  if (need > 0) {
    const std::size_t taken = take_unsent(*ep, connection, need);
    assign(*connection, taken);
    need -= taken;
  }
  if (need > 0)
    recall_idle(world, *ep, connection);
  ep->demand = ep->demand - connection->demand + need;
  connection->demand = need;
  send_credits(world, {source, header.link}, *ep, *connection, true);
}

void on_return(World &world, int source, const FrameHeader &header) {
  Endpoint *ep = find_endpoint(world, header.channel);
  RemoteConnection *connection = ep ? find_connection(*ep, source, header.link) : nullptr;
  if (!connection)
    return;
  const std::size_t count = std::min<std::size_t>(header.value, connection->held);
  connection->held -= count;
  connection->recalled = false;
  release_credits(world, *ep, count, nullptr);
}

} // namespace medi::dist::detail
