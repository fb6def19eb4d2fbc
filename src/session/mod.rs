//! Sessions: one per conversation, with its memory, kept across reconnects.

pub mod message;
