//! Black-box tests: the real server on port 0, real WebSocket and HTTP clients.

#![expect(clippy::unwrap_used, reason = "a failed unwrap is a failed test")]

mod config;
mod fake_llm;
mod helpers;
mod operator;
mod protocol;
mod sessions;
mod shutdown;
