// A shared reference is no iterator: a consuming iterator method called through one moves the
// iterator out from behind it (rustle counted a copy and left the original as it was).
fn main() {
    let v = vec![1, 2, 3];
    let mut it = v.iter();
    let n = (&it).count(); //~ ERROR E0507
    let r = &it;
    let s: i32 = r.sum(); //~ ERROR E0507
    println!("{} {} {:?}", n, s, it.next());
}
