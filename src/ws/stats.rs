//! Connection counters shared by every connection: per-address limits, frames
//! buffered for clients, and why connections were dropped.

use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize};

use crate::access::{AddressSlot, AddressSlots};

/// Counters over every WebSocket connection of this instance.
#[derive(Debug, Default)]
pub struct WsStats {
    /// Frames queued for clients and not yet written, over all connections.
    pub buffered_frames: AtomicUsize,
    /// Connections dropped because the client did not read.
    pub slow_readers: AtomicU64,
    /// Connections dropped because the client went silent.
    pub ping_timeouts: AtomicU64,
    slots: Arc<AddressSlots>,
}

/// One open connection from an address; dropping it frees the slot.
pub type ConnectionSlot = AddressSlot;

impl WsStats {
    /// Takes a slot for a connection from `address`, unless `max` are open.
    #[must_use]
    pub fn open(&self, address: IpAddr, max: Option<usize>) -> Option<ConnectionSlot> {
        self.slots.take(address, max)
    }

    /// Open WebSocket connections.
    #[must_use]
    pub fn connections(&self) -> usize {
        self.slots.open()
    }

    /// Open connections from `address`.
    #[must_use]
    pub fn connections_from(&self, address: IpAddr) -> usize {
        self.slots.open_from(address)
    }
}
