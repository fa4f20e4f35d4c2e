// Messages of several frames (runtime/dist/wire.h): what one rank queues for another in a round
// goes in one message, and the receiver finds each frame and its body again.
#include "dist/wire.h"

#include <gtest/gtest.h>
#include <vector>

namespace medi::dist::detail {
namespace {

Bytes text(std::string_view characters) {
  const auto bytes = as_body(characters);
  return Bytes(bytes.begin(), bytes.end());
}

std::vector<FrameAt> frames_of(const Bytes &message) {
  std::vector<FrameAt> frames;
  for (auto frame = frame_at(message, 0); frame; frame = frame_at(message, frame->next))
    frames.push_back(*frame);
  return frames;
}

TEST(Wire, FramesAppendedToOneMessageAreFoundInOrderWithTheirBodies) {
  Bytes message;
  append_frame(message, {.kind = FrameKind::Credit, .channel = 7, .link = 3, .value = 2});
  append_frame(message, {.kind = FrameKind::Data, .channel = 9, .link = 4, .seq = 11},
               text("eight by"));
  FrameHeader large{.kind = FrameKind::Data, .channel = 9, .link = 4, .seq = 12};
  large.flags = kBodyFollows;
  append_frame(message, large);
  append_frame(message, {.kind = FrameKind::Refuse, .link = 5}, text("no such channel"));

  const std::vector<FrameAt> frames = frames_of(message);
  ASSERT_EQ(frames.size(), 4u);
  EXPECT_EQ(frames[0].header.kind, FrameKind::Credit);
  EXPECT_EQ(frames[0].header.value, 2u);
  EXPECT_EQ(frames[0].header.length, 0u);
  EXPECT_EQ(frames[1].header.kind, FrameKind::Data);
  EXPECT_EQ(frames[1].header.seq, 11u);
  EXPECT_EQ(Bytes(message.begin() + frames[1].body_at, message.begin() + frames[1].next),
            text("eight by"));
  EXPECT_EQ(frames[2].header.flags, kBodyFollows); // its body is a message of its own
  EXPECT_EQ(frames[2].next, frames[2].body_at);
  EXPECT_EQ(frames[3].header.link, 5u);
  EXPECT_EQ(Bytes(message.begin() + frames[3].body_at, message.begin() + frames[3].next),
            text("no such channel"));
  EXPECT_EQ(frames[3].next, message.size());
}

TEST(Wire, AnInlineBodyUpToTheSeparateSizeKeepsItsLength) {
  Bytes message;
  const Bytes body(kSeparateBodyBytes - 1, std::byte{0x5a});
  append_frame(message, {.kind = FrameKind::Data, .seq = 1}, body);
  const auto frame = frame_at(message, 0);
  ASSERT_TRUE(frame);
  EXPECT_EQ(frame->next - frame->body_at, body.size());
  EXPECT_FALSE(frame_at(message, frame->next));
}

TEST(Wire, AFrameCutShortEndsTheMessage) {
  Bytes message;
  append_frame(message, {.kind = FrameKind::Credit, .value = 1});
  append_frame(message, {.kind = FrameKind::Data, .seq = 1}, text("cut off here"));
  const std::size_t whole = message.size();
  message.resize(whole - 3); // the second frame's body loses its last bytes
  const std::vector<FrameAt> frames = frames_of(message);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_EQ(frames[0].header.kind, FrameKind::Credit);

  message.resize(sizeof(FrameHeader) + 5); // a header cut short after the first frame
  EXPECT_EQ(frames_of(message).size(), 1u);
  EXPECT_FALSE(frame_at(message, message.size() + 1));
  EXPECT_TRUE(frames_of(Bytes(sizeof(FrameHeader) - 1)).empty());
}

TEST(Wire, ACreditRidesInAValuesHeaderAndComesOutWhole) {
  FrameHeader data{.kind = FrameKind::Data, .channel = 9, .link = 4, .seq = 11};
  const FrameHeader credit{.kind = FrameKind::Credit, .channel = 7, .link = 123456, .value = 3};
  EXPECT_FALSE(riding_credit(data));
  ASSERT_TRUE(ride_credit(data, credit));
  EXPECT_EQ(data.link, 4u); // the value's own fields are untouched
  EXPECT_EQ(data.seq, 11u);
  const auto carried = riding_credit(data);
  ASSERT_TRUE(carried);
  EXPECT_EQ(carried->kind, FrameKind::Credit);
  EXPECT_EQ(carried->link, credit.link);
  EXPECT_EQ(carried->value, credit.value);

  // One credit per value at most, and only what fits: otherwise the credit keeps its own frame.
  const FrameHeader another{.kind = FrameKind::Credit, .link = 5, .value = 1};
  EXPECT_FALSE(ride_credit(data, another));
  FrameHeader empty{.kind = FrameKind::Data, .link = 4, .seq = 12};
  EXPECT_FALSE(ride_credit(empty, {.kind = FrameKind::Credit, .link = 5, .value = 1u << 16}));
  EXPECT_FALSE(
      ride_credit(empty, {.kind = FrameKind::Credit, .link = std::uint64_t{1} << 48, .value = 1}));
  EXPECT_FALSE(ride_credit(empty, {.kind = FrameKind::Credit, .link = 5, .value = 0}));
  EXPECT_EQ(empty.value, 0u);
  EXPECT_FALSE(riding_credit(FrameHeader{.kind = FrameKind::Ack, .value = kAckRejected}));
}

} // namespace
} // namespace medi::dist::detail
