//! Connection counters shared by every connection: per-address limits, frames
//! buffered for clients, and why connections were dropped.

use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use dashmap::DashMap;
use dashmap::mapref::entry::Entry;

/// Counters over every WebSocket connection of this instance.
#[derive(Debug, Default)]
pub struct WsStats {
    /// Open connections.
    pub connections: AtomicUsize,
    /// Frames queued for clients and not yet written, over all connections.
    pub buffered_frames: AtomicUsize,
    /// Connections dropped because the client did not read.
    pub slow_readers: AtomicU64,
    /// Connections dropped because the client went silent.
    pub ping_timeouts: AtomicU64,
    per_address: DashMap<IpAddr, usize>,
}

/// One open connection from an address; dropping it frees the slot.
#[derive(Debug)]
pub struct ConnectionSlot {
    stats: Arc<WsStats>,
    address: IpAddr,
}

impl WsStats {
    /// Takes a slot for a connection from `address`, unless `max` are open.
    #[must_use]
    pub fn open(self: &Arc<Self>, address: IpAddr, max: Option<usize>) -> Option<ConnectionSlot> {
        match self.per_address.entry(address) {
            Entry::Occupied(mut entry) => {
                if max.is_some_and(|max| *entry.get() >= max) {
                    return None;
                }
                *entry.get_mut() += 1;
            }
            Entry::Vacant(entry) => {
                entry.insert(1);
            }
        }
        self.connections.fetch_add(1, Ordering::Relaxed);
        Some(ConnectionSlot {
            stats: Arc::clone(self),
            address,
        })
    }

    /// Open connections from `address`.
    #[must_use]
    pub fn connections_from(&self, address: IpAddr) -> usize {
        self.per_address.get(&address).map_or(0, |n| *n)
    }
}

impl Drop for ConnectionSlot {
    fn drop(&mut self) {
        self.stats.connections.fetch_sub(1, Ordering::Relaxed);
        if let Entry::Occupied(mut entry) = self.stats.per_address.entry(self.address) {
            *entry.get_mut() -= 1;
            if *entry.get() == 0 {
                entry.remove();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_limited_per_address_and_freed_on_drop() {
        let stats = Arc::new(WsStats::default());
        let here: IpAddr = [127, 0, 0, 1].into();
        let there: IpAddr = [127, 0, 0, 2].into();
        let first = stats.open(here, Some(2)).unwrap();
        let _second = stats.open(here, Some(2)).unwrap();
        assert!(stats.open(here, Some(2)).is_none());
        assert!(
            stats.open(there, Some(2)).is_some(),
            "other addresses are counted apart"
        );
        drop(first);
        assert!(stats.open(here, Some(2)).is_some());
        assert_eq!(
            stats.connections_from(there),
            0,
            "a dropped slot is removed"
        );
    }
}
