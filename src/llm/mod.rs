//! Suggestion providers: the provider interface, the embedded local analyzer, and
//! the LLM-backed providers with their retry loop and circuit breaker.

pub mod aiyou;
pub mod backend;
pub mod breaker;
pub mod client;
pub mod closing;
pub mod error;
pub mod factory;
pub mod http;
pub mod local;
pub mod openai;
pub mod provider;
pub mod remote;
pub mod retry;
pub mod sse;
pub mod wire;
