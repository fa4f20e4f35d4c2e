// Sealing phi payloads (runtime/dist/phi.h): what seal() makes, open_sealed() opens under the same
// key and place only, and no two sealed messages share a nonce: not in one thread, not across
// threads, not in a forked child.
#include "dist/phi.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace medi::dist::detail {
namespace {

constexpr std::size_t kNonceBytes = 12;

PhiKey key_of(unsigned char fill) {
  PhiKey key;
  key.fill(fill);
  return key;
}

Bytes plain(std::string_view text) {
  const auto bytes = as_body(text);
  return Bytes(bytes.begin(), bytes.end());
}

std::string nonce_of(const Bytes &sealed) {
  return std::string(reinterpret_cast<const char *>(sealed.data()), kNonceBytes);
}

const FrameHeader kHeader{.kind = FrameKind::Data, .channel = 3, .link = 9, .seq = 4};

TEST(PhiSeal, WhatIsSealedOpensUnderItsKeyAndPlaceOnly) {
  const PhiKey a = key_of(0xa1), b = key_of(0xb2);
  for (int round = 0; round < 3; ++round) { // the keyed contexts are reused and re-keyed
    Bytes sealed = seal(a, kHeader, 1, plain("potassium 5.9"));
    Bytes copy = sealed;
    ASSERT_TRUE(open_sealed(a, "labs", kHeader.channel, 1, kHeader, 1, sealed));
    EXPECT_EQ(sealed, plain("potassium 5.9"));
    EXPECT_FALSE(open_sealed(b, "labs", kHeader.channel, 1, kHeader, 1, copy)); // another key

    Bytes under_b = seal(b, kHeader, 1, plain("sodium 131"));
    Bytes moved = under_b;
    ASSERT_TRUE(open_sealed(b, "labs", kHeader.channel, 1, kHeader, 1, under_b));
    EXPECT_EQ(under_b, plain("sodium 131"));
    EXPECT_FALSE(open_sealed(b, "labs", kHeader.channel, 2, kHeader, 1, moved)); // another rank
  }
}

TEST(PhiSeal, NoTwoMessagesShareANonceInAThreadOrAcrossThreads) {
  constexpr int kPerThread = 20000;
  const PhiKey key = key_of(0x5c);
  std::vector<std::vector<std::string>> seen(3);
  std::vector<std::thread> threads;
  for (auto &nonces : seen)
    threads.emplace_back([&] {
      for (int i = 0; i < kPerThread; ++i)
        nonces.push_back(nonce_of(seal(key, kHeader, 0, plain("x"))));
    });
  for (auto &thread : threads)
    thread.join();
  std::set<std::string> all;
  for (const auto &nonces : seen)
    all.insert(nonces.begin(), nonces.end());
  EXPECT_EQ(all.size(), seen.size() * kPerThread);
}

TEST(PhiSeal, AForkedChildDoesNotRepeatItsParentsNonces) {
  const PhiKey key = key_of(0x77);
  (void)seal(key, kHeader, 0, plain("before the fork")); // this thread's sequence has begun
  int pipe_ends[2];
  ASSERT_EQ(pipe(pipe_ends), 0);
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    const std::string nonce = nonce_of(seal(key, kHeader, 0, plain("child")));
    const bool written = write(pipe_ends[1], nonce.data(), nonce.size()) == ssize_t(nonce.size());
    _exit(written ? 0 : 1);
  }
  close(pipe_ends[1]);
  const std::string parent_nonce = nonce_of(seal(key, kHeader, 0, plain("parent")));
  std::string child_nonce(kNonceBytes, '\0');
  EXPECT_EQ(read(pipe_ends[0], child_nonce.data(), kNonceBytes), ssize_t(kNonceBytes));
  close(pipe_ends[0]);
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_NE(child_nonce, parent_nonce);
}

} // namespace
} // namespace medi::dist::detail
