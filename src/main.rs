//! The `callshadow` binary.

fn main() {}
