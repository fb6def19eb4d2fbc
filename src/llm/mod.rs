//! The LLM client, a leaf: a rendered prompt in, the LLM's text out. It knows no
//! prompts, sessions or suggestions; `agents` decides what to ask and what the
//! answer means.
//!
//! - [`upstream`]: one upstream per provider, base URL and model, with THE
//!   circuit breaker and retry budget every agent calling it shares, in a
//!   registry built at start-up;
//! - [`client`]: one agent's calls to an upstream;
//! - [`retry`], [`breaker`]: the one retry loop, and the circuit breaker;
//! - [`backend`]: one attempt against an API, implemented by [`openai`] and [`aiyou`];
//! - [`http`], [`sse`], [`events`], [`wire`]: the shared HTTP client, streamed
//!   answers and their events, and the answers' JSON shapes;
//! - [`error`]: every failure, typed by cause;
//! - [`build`]: the backend, retry policy and upstreams the settings describe;
//! - [`metrics`]: the series the layer records (requests, retries, latency,
//!   tokens), through the `metrics` facade only, so it stays a leaf.

pub mod aiyou;
pub mod backend;
pub mod breaker;
pub mod build;
pub mod client;
pub mod error;
pub mod events;
pub mod http;
pub mod metrics;
pub mod openai;
pub mod retry;
pub mod sse;
pub mod upstream;
pub mod wire;
