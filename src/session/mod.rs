//! Sessions: one per conversation, with its memory, kept across reconnects.
//!
//! The manager holds every live session of this instance, attaches and detaches
//! connections, and expires idle ones; a session holds its memory, `seq` counter,
//! prompt version and last answers. Sessions are written through to a
//! [`SessionStore`]: memory only, or Redis shared by every instance ([`store`]);
//! [`sync`] keeps this instance in step with what the others do. It depends on
//! `domain` and `config` only: the prompt version of a new session comes from an
//! [`AssignVersion`] given at start-up. [`metrics`] names what it tells Prometheus.

pub mod answers;
pub mod facts;
pub mod manager;
pub mod memory;
pub mod metrics;
pub mod quota;
pub mod state;
pub mod store;
pub mod sync;

pub use answers::Missed;
pub use manager::{
    AssignVersion, OpenError, OpenRequest, Opened, SessionHandle, SessionManager, lock,
};
pub use quota::{QuotaError, Quotas};
pub use state::{Detach, FoldApplied, FoldJob, Ownership, SessionInfo, SummaryInfo};
pub use store::{MemoryStore, RedisStore, SessionStore, StoreHealth, WriteOutcome};
