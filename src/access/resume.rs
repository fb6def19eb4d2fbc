//! Resume tokens: a secret given once, in the `session_init` of a new session,
//! that resuming it needs (REQUIRE_RESUME_TOKEN). The server keeps only its
//! SHA-256 and compares in constant time, so neither the store nor a log holds
//! the token.

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// Random bytes in a token (256 bits).
const TOKEN_BYTES: usize = 32;

/// A new resume token and the hash kept of it.
#[derive(Debug, Clone)]
pub struct ResumeToken {
    /// The token, for the client only (hex).
    pub token: String,
    /// Its SHA-256 (hex), what the session keeps.
    pub hash: String,
}

impl ResumeToken {
    /// A fresh token from the operating system's random source.
    ///
    /// # Panics
    /// If the operating system has no random source (the server cannot run safely).
    #[must_use]
    pub fn generate() -> Self {
        let mut bytes = [0u8; TOKEN_BYTES];
        getrandom::fill(&mut bytes).expect("the operating system's random source");
        let token = hex(&bytes);
        let hash = hash(&token);
        Self { token, hash }
    }
}

/// The SHA-256 of `token`, hex.
#[must_use]
pub fn hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Whether `presented` is the token whose hash is `stored`; constant time.
#[must_use]
pub fn matches(presented: &str, stored: &str) -> bool {
    hash(presented).as_bytes().ct_eq(stored.as_bytes()).into()
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut text = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        let _ = write!(text, "{byte:02x}");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_matches_its_hash_only_and_tokens_differ() {
        let first = ResumeToken::generate();
        let second = ResumeToken::generate();
        assert_eq!(first.token.len(), 64, "256 random bits");
        assert_ne!(first.token, second.token);
        assert!(matches(&first.token, &first.hash));
        assert!(!matches(&second.token, &first.hash));
        assert!(!matches("", &first.hash));
        assert_ne!(first.hash, first.token, "only the hash is kept");
    }
}
