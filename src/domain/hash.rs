//! A hash that never changes between releases, for choices that must stay put.

/// The 64-bit FNV-1a hash of `text`'s bytes.
///
/// FNV-1a is a fixed, published algorithm (unlike std's `DefaultHasher`, which may
/// change between Rust releases), so whatever is chosen from it — a session's A/B
/// prompt version, the analyzer's rotation of playbook entries — stays the same
/// across restarts, instances and upgrades.
#[must_use]
pub fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_is_fnv1a_64_as_published() {
        assert_eq!(stable_hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(stable_hash("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(stable_hash("foobar"), 0x8594_4171_f739_67e8);
    }
}
