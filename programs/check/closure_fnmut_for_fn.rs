// A closure held in a local that mutates a capture is FnMut only: passing it for an `F: Fn()` bound is
// E0525 (rustle ran it). Passing it for FnMut, or a closure that only reads, is fine.
fn apply<F: Fn()>(f: F) {
    f();
}
fn apply_mut<F: FnMut()>(mut f: F) {
    f();
}
fn main() {
    let mut c = 0;
    let g = || c += 1;
    apply(g); //~^ ERROR E0525
    let mut v = vec![1];
    let push = || v.push(2);
    apply_mut(push);
    let h = || println!("{}", c);
    apply(h);
}
