//! Open connections counted per client address, with an optional cap: the
//! listener counts every TCP connection from a peer at accept, the WebSocket
//! upgrade counts sockets per client (behind trusted proxies).

use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use dashmap::DashMap;
use dashmap::mapref::entry::Entry;

/// Open connections, in total and per address.
#[derive(Debug, Default)]
pub struct AddressSlots {
    open: AtomicUsize,
    per_address: DashMap<IpAddr, usize>,
}

/// One open connection from an address; dropping it frees the slot.
#[derive(Debug)]
pub struct AddressSlot {
    slots: Arc<AddressSlots>,
    address: IpAddr,
}

impl AddressSlots {
    /// Takes a slot for a connection from `address`, unless `max` are open.
    #[must_use]
    pub fn take(self: &Arc<Self>, address: IpAddr, max: Option<usize>) -> Option<AddressSlot> {
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
        self.open.fetch_add(1, Ordering::Relaxed);
        Some(AddressSlot {
            slots: Arc::clone(self),
            address,
        })
    }

    /// Open connections from every address.
    #[must_use]
    pub fn open(&self) -> usize {
        self.open.load(Ordering::Relaxed)
    }

    /// Open connections from `address`.
    #[must_use]
    pub fn open_from(&self, address: IpAddr) -> usize {
        self.per_address.get(&address).map_or(0, |n| *n)
    }
}

impl Drop for AddressSlot {
    fn drop(&mut self) {
        self.slots.open.fetch_sub(1, Ordering::Relaxed);
        if let Entry::Occupied(mut entry) = self.slots.per_address.entry(self.address) {
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
        let slots = Arc::new(AddressSlots::default());
        let here: IpAddr = [127, 0, 0, 1].into();
        let there: IpAddr = [127, 0, 0, 2].into();
        let first = slots.take(here, Some(2)).unwrap();
        let _second = slots.take(here, Some(2)).unwrap();
        assert!(slots.take(here, Some(2)).is_none());
        assert!(
            slots.take(there, Some(2)).is_some(),
            "other addresses are counted apart"
        );
        assert_eq!(slots.open(), 2, "a refused slot is not counted");
        drop(first);
        assert!(slots.take(here, Some(2)).is_some());
        assert_eq!(slots.open_from(there), 0, "a dropped slot is removed");
    }
}
