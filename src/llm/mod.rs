//! Suggestion providers: the provider interface and the embedded local analyzer.

pub mod error;
pub mod local;
pub mod provider;
