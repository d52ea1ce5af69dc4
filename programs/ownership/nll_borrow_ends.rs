//@ run-pass
// A borrow lasts until its last use, not until the end of its scope (non-lexical lifetimes). So after
// `first` is printed for the last time, `v` may be borrowed mutably again.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    println!("first = {}", first); // last use of `first`: its borrow ends here

    v.push(4); // fine: no shared borrow of `v` is alive any more
    println!("v = {:?}", v);

    let mut x = 10;
    let m = &mut x;
    *m += 1; // last use of `m`
    let r = &x; // so a shared borrow is allowed now
    println!("x = {}", r);

    let mut count = 0;
    {
        let c = &mut count;
        *c += 1;
    }
    count += 1; // the mutable borrow ended with its block, and before that with its last use
    println!("count = {}", count);
}
