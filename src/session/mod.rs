//! Sessions: one per conversation, with its memory, kept across reconnects.

pub mod manager;
pub mod memory;
pub mod message;
pub mod state;

pub use manager::{OpenError, OpenRequest, Opened, SessionHandle, SessionManager, lock};
pub use state::{Detach, SessionInfo};
