//@ check-fail
// Moving out through references, named as rustc names the place: a field path, an index, and one or
// two dereferences (rustc's clone help drops every leading `*`).
struct Outer { name: String, inner: Inner }
struct Inner { items: Vec<i32> }
fn field_path(o: &Outer) -> Vec<i32> { o.inner.items } //~ ERROR E0507
fn through_mut(o: &mut Outer) -> String { let t = o.name; t } //~ ERROR E0507
fn boxed(b: &Box<Outer>) -> String { let t = b.name; t } //~ ERROR E0507
fn twice(r: &&String) -> String { let t = **r; t } //~ ERROR E0507
fn boxed_twice(b: &Box<String>) -> String { let t = **b; t } //~ ERROR E0507
fn main() {}
