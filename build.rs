//! The message catalogue (`locales/`) is compiled into the binary by a macro that cargo cannot
//! see read it: rebuild when a catalogue file changes.

fn main() {
    println!("cargo:rerun-if-changed=locales");
}
