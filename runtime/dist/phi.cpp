// phi.cpp: AES-256-GCM sealing for phi channels (phi.h).
#include "dist/phi.h"

#include "dist/buffer_pool.h"
#include "dist/report.h"
#include "medi/error/op_tags.h"

#include <array>
#include <atomic>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <mutex>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <optional>
#include <pthread.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace medi::dist::detail {
namespace {

constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kNonceBytes = 12;
constexpr std::size_t kTagBytes = 16;
static_assert(kSealOverhead == kNonceBytes + kTagBytes);
constexpr const char *kKeyVariable = "MEDI_DIST_PHI_KEY_FILE";

struct AuthenticatedData {
  std::uint32_t channel;
  std::int32_t sender_rank;
  std::uint64_t link;
  std::uint64_t seq;
};

struct Key {
  PhiKey bytes{};
  std::string problem; // empty when the key is usable
};

int hex_digit(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

Key read_key() {
  Key key;
  const char *path = std::getenv(kKeyVariable);
  if (!path || !*path) {
    key.problem = cat("no key: set ", kKeyVariable, " to a file holding the 32-byte AES-256 key");
    return key;
  }
  struct stat info{};
  if (::stat(path, &info) != 0 || !S_ISREG(info.st_mode)) {
    key.problem = cat(kKeyVariable, "=", path, " is not a readable regular file");
    return key;
  }
  if (info.st_uid != ::geteuid() || (info.st_mode & 077) != 0) {
    key.problem =
        cat(kKeyVariable, "=", path, " may be read by others (mode ", octal(info.st_mode & 0777),
            ", owner uid ", info.st_uid, "): it must belong to uid ", ::geteuid(),
            " and allow no group or other access (chmod 600)");
    return key;
  }
  std::ifstream file(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  if (text.size() == kKeyBytes) {
    std::memcpy(key.bytes.data(), text.data(), kKeyBytes);
    return key;
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.pop_back();
  bool hex = text.size() == 2 * kKeyBytes;
  for (std::size_t i = 0; hex && i < kKeyBytes; ++i) {
    const int high = hex_digit(text[2 * i]), low = hex_digit(text[2 * i + 1]);
    hex = high >= 0 && low >= 0;
    key.bytes[i] = static_cast<unsigned char>(high * 16 + low);
  }
  if (!hex)
    key.problem = cat(kKeyVariable, "=", path, " holds neither 32 raw bytes nor 64 hex digits");
  return key;
}

AuthenticatedData authenticated_data(const FrameHeader &header, std::uint32_t channel,
                                     int sender_rank) {
  return {channel, sender_rank, header.link, header.seq};
}

// A cipher context keyed once per thread and key. Each message then sets only its nonce:
// EVP_EncryptInit_ex and EVP_DecryptInit_ex with no cipher and no key keep both, so the cipher is
// not looked up and the key not expanded again.
class KeyedCipher {
public:
  explicit KeyedCipher(bool encrypt) : encrypt_(encrypt) {}
  KeyedCipher(const KeyedCipher &) = delete;
  KeyedCipher &operator=(const KeyedCipher &) = delete;
  ~KeyedCipher() {
    EVP_CIPHER_CTX_free(context_); // clears the expanded key
    OPENSSL_cleanse(key_.data(), key_.size());
  }

  /// The context, set up for `key` and `nonce`; null when libcrypto fails.
  EVP_CIPHER_CTX *start(const PhiKey &key, const unsigned char *nonce) {
    if (!context_ && !(context_ = EVP_CIPHER_CTX_new()))
      return nullptr;
    if (!keyed_ || key_ != key) {
      keyed_ = init(EVP_aes_256_gcm(), key.data(), nullptr);
      if (!keyed_)
        return nullptr;
      key_ = key;
    }
    return init(nullptr, nullptr, nonce) ? context_ : nullptr;
  }

private:
  bool init(const EVP_CIPHER *cipher, const unsigned char *key, const unsigned char *nonce) {
    return (encrypt_ ? EVP_EncryptInit_ex(context_, cipher, nullptr, key, nonce)
                     : EVP_DecryptInit_ex(context_, cipher, nullptr, key, nonce)) == 1;
  }

  bool encrypt_;
  EVP_CIPHER_CTX *context_ = nullptr;
  PhiKey key_{};
  bool keyed_ = false;
};

thread_local KeyedCipher sealer(true);
thread_local KeyedCipher opener(false);

// Nonces. GCM needs a nonce never used twice under one key (NIST SP 800-38D, 8): each thread
// draws 12 random bytes once and counts up from them by one per message, as a 96-bit number, so
// its own nonces never repeat and two threads' (or ranks') sequences would have to start within
// a message count of each other, a chance of about one in 2^96 / count. This costs a counter
// increment per message instead of a call into the random generator. A forked child draws
// afresh: its copy of the parent's thread would count from the same point.
std::atomic<std::uint64_t> fork_generation{0};

class NonceSequence {
public:
  /// Writes the next nonce to `out` (kNonceBytes); false when no randomness is available.
  bool next(unsigned char *out) {
    const std::uint64_t generation = fork_generation.load(std::memory_order_relaxed);
    if (!drawn_ || generation != generation_) {
      static const bool registered = [] {
        return pthread_atfork(nullptr, nullptr, [] { fork_generation.fetch_add(1); }) == 0;
      }();
      if (!registered || RAND_bytes(nonce_.data(), kNonceBytes) != 1)
        return false;
      drawn_ = true;
      generation_ = generation;
    }
    std::memcpy(out, nonce_.data(), kNonceBytes);
    for (std::size_t i = kNonceBytes; i-- > 0 && ++nonce_[i] == 0;) {
    } // the carry runs from the last byte up
    return true;
  }

private:
  std::array<unsigned char, kNonceBytes> nonce_{};
  bool drawn_ = false;
  std::uint64_t generation_ = 0;
};

thread_local NonceSequence nonces;

} // namespace

std::optional<PhiKey> load_phi_key(std::string_view op, SourceSite site) {
  Key key = read_key();
  if (key.problem.empty())
    return key.bytes;
  report(op, site, cat("phi channel refused: ", key.problem));
  return std::nullopt;
}

Bytes seal(const PhiKey &key, const FrameHeader &header, int sender_rank,
           std::span<const std::byte> plain) {
  Bytes sealed = BufferPool::get().take(kNonceBytes + plain.size() + kTagBytes);
  auto *out = reinterpret_cast<unsigned char *>(sealed.data());
  if (!nonces.next(out))
    std::abort(); // no randomness: sending with a repeated nonce would void the encryption
  const AuthenticatedData aad = authenticated_data(header, header.channel, sender_rank);
  EVP_CIPHER_CTX *const context = sealer.start(key, out);
  int length = 0;
  bool ok = context &&
            EVP_EncryptUpdate(context, nullptr, &length,
                              reinterpret_cast<const unsigned char *>(&aad), sizeof aad) == 1 &&
            EVP_EncryptUpdate(context, out + kNonceBytes, &length,
                              reinterpret_cast<const unsigned char *>(plain.data()),
                              static_cast<int>(plain.size())) == 1 &&
            EVP_EncryptFinal_ex(context, out + kNonceBytes + length, &length) == 1 &&
            EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_GET_TAG, kTagBytes,
                                out + kNonceBytes + plain.size()) == 1;
  if (!ok)
    std::abort(); // libcrypto failed on valid input: nothing safe is left to send
  return sealed;
}

bool open_sealed(const PhiKey &key, std::string_view channel_name, std::uint32_t channel,
                 int source, const FrameHeader &header, std::uint64_t expected_seq, Bytes &body) {
  const auto reject = [&](std::string_view why) {
    report(op::dist_auth, SourceSite(nullptr),
           cat("phi channel \"", channel_name, "\": a message from rank ", source, " (value ",
               header.seq, ") ", why, "; it is dropped, not delivered"));
    return false;
  };
  if (body.size() < kNonceBytes + kTagBytes)
    return reject("is too short to be sealed");
  // MPI delivers a connection's frames in order: a number already passed is a replay.
  if (header.seq < expected_seq)
    return reject(cat("was replayed or reordered (value ", expected_seq, " or later was due)"));
  const AuthenticatedData aad = authenticated_data(header, channel, source);
  auto *in = reinterpret_cast<unsigned char *>(body.data());
  const std::size_t plain_size = body.size() - kNonceBytes - kTagBytes;
  Bytes plain = BufferPool::get().take(plain_size);
  EVP_CIPHER_CTX *const context = opener.start(key, in);
  int length = 0;
  const bool ok =
      context &&
      EVP_DecryptUpdate(context, nullptr, &length, reinterpret_cast<const unsigned char *>(&aad),
                        sizeof aad) == 1 &&
      EVP_DecryptUpdate(context, reinterpret_cast<unsigned char *>(plain.data()), &length,
                        in + kNonceBytes, static_cast<int>(plain_size)) == 1 &&
      EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_SET_TAG, kTagBytes,
                          in + kNonceBytes + plain_size) == 1 &&
      EVP_DecryptFinal_ex(context, reinterpret_cast<unsigned char *>(plain.data()) + length,
                          &length) == 1;
  if (!ok)
    return reject("failed authentication (altered, or sealed with another key)");
  BufferPool::get().give(std::move(body));
  body = std::move(plain);
  return true;
}

} // namespace medi::dist::detail
