// medi/detail/channel/offer.h: what a waiting channel operation offers the party that completes
// it (internal; the buffered flavors' hand-off, array_flavor.h). Not API.
#ifndef MEDI_DETAIL_CHANNEL_OFFER_H
#define MEDI_DETAIL_CHANNEL_OFFER_H

#include <optional>
#include <type_traits>

namespace medi::detail {

/// A waiting sender's value, for a receiver to put into the buffer for it.
template <class T> struct SendOffer {
  T *value;
  bool delivered = false; // set by the selector before it wakes the sender
};

/// A waiting receiver's destination, for a sender to take the oldest value out for it.
template <class T> struct RecvOffer {
  std::optional<T> *out;
  bool delivered = false; // set by the selector before it wakes the receiver
};

/// Completing another party's operation moves its value: not with a move that may throw.
template <class T> inline constexpr bool kCanHandOff = std::is_nothrow_move_constructible_v<T>;

} // namespace medi::detail

#endif // MEDI_DETAIL_CHANNEL_OFFER_H
