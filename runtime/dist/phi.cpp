// phi.cpp: AES-256-GCM sealing for phi channels (phi.h).
#include "dist/phi.h"

#include "dist/buffer_pool.h"
#include "dist/report.h"
#include "medi/error/op_tags.h"

#include <array>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <mutex>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <optional>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace medi::dist::detail {
namespace {

constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kNonceBytes = 12;
constexpr std::size_t kTagBytes = 16;
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

struct CipherContext {
  EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();
  ~CipherContext() { EVP_CIPHER_CTX_free(context); }
};

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
  if (RAND_bytes(out, kNonceBytes) != 1)
    std::abort(); // no randomness: sending with a repeated nonce would void the encryption
  const AuthenticatedData aad = authenticated_data(header, header.channel, sender_rank);
  CipherContext cipher;
  int length = 0;
  bool ok = cipher.context &&
            EVP_EncryptInit_ex(cipher.context, EVP_aes_256_gcm(), nullptr, key.data(), out) == 1 &&
            EVP_EncryptUpdate(cipher.context, nullptr, &length,
                              reinterpret_cast<const unsigned char *>(&aad), sizeof aad) == 1 &&
            EVP_EncryptUpdate(cipher.context, out + kNonceBytes, &length,
                              reinterpret_cast<const unsigned char *>(plain.data()),
                              static_cast<int>(plain.size())) == 1 &&
            EVP_EncryptFinal_ex(cipher.context, out + kNonceBytes + length, &length) == 1 &&
            EVP_CIPHER_CTX_ctrl(cipher.context, EVP_CTRL_GCM_GET_TAG, kTagBytes,
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
  CipherContext cipher;
  int length = 0;
  const bool ok =
      cipher.context &&
      EVP_DecryptInit_ex(cipher.context, EVP_aes_256_gcm(), nullptr, key.data(), in) == 1 &&
      EVP_DecryptUpdate(cipher.context, nullptr, &length,
                        reinterpret_cast<const unsigned char *>(&aad), sizeof aad) == 1 &&
      EVP_DecryptUpdate(cipher.context, reinterpret_cast<unsigned char *>(plain.data()), &length,
                        in + kNonceBytes, static_cast<int>(plain_size)) == 1 &&
      EVP_CIPHER_CTX_ctrl(cipher.context, EVP_CTRL_GCM_SET_TAG, kTagBytes,
                          in + kNonceBytes + plain_size) == 1 &&
      EVP_DecryptFinal_ex(cipher.context, reinterpret_cast<unsigned char *>(plain.data()) + length,
                          &length) == 1;
  if (!ok)
    return reject("failed authentication (altered, or sealed with another key)");
  BufferPool::get().give(std::move(body));
  body = std::move(plain);
  return true;
}

} // namespace medi::dist::detail
