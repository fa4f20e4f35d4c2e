// phi.h: sealing the payloads of phi channels (protected health information).
//
// AES-256-GCM (OpenSSL libcrypto) with the key in the file MEDI_DIST_PHI_KEY_FILE names: 32 bytes,
// raw or as 64 hex digits, in a regular file that only its owner (this process's user) may read
// or write. A sealed body is nonce (12 bytes, never repeated: phi.cpp) || ciphertext || tag (16).
// The authenticated data binds the value to its place: the owner's channel id, the sending rank,
// the connection and the value's sequence number on it. The owner accepts a value only if it is
// authentic and its number is past the last one accepted on its connection (a gap is a value
// already rejected), so an altered, replayed, reordered or foreign-key message fails and is
// reported (op dist.auth) instead of delivered.
#ifndef MEDI_RUNTIME_DIST_PHI_H
#define MEDI_RUNTIME_DIST_PHI_H

#include "dist/wire.h"

#include <array>
#include <optional>
#include <span>
#include <string_view>

namespace medi::dist::detail {

using PhiKey = std::array<unsigned char, 32>;

/// How many bytes sealing adds to a value: the nonce and the tag.
inline constexpr std::size_t kSealOverhead = 12 + 16;

/// The key, read now (a channel keeps the key it was opened or connected with); nullopt, with
/// the reason reported under `op` at `site`, when there is none or its file is unsafe.
std::optional<PhiKey> load_phi_key(std::string_view op, SourceSite site);

/// `plain` sealed for Data frame `header` from `sender_rank`.
Bytes seal(const PhiKey &key, const FrameHeader &header, int sender_rank,
           std::span<const std::byte> plain);

/// Opens `body` (sealed) in place; false, reported (dist.auth), when it fails authentication or
/// `header.seq` is below `expected_seq`.
bool open_sealed(const PhiKey &key, std::string_view channel_name, std::uint32_t channel,
                 int source, const FrameHeader &header, std::uint64_t expected_seq, Bytes &body);

} // namespace medi::dist::detail

#endif // MEDI_RUNTIME_DIST_PHI_H
