// Two unsized slices compared in place (`v[..2] == *s`) stopped rustle with an internal error (it had
// no equality glue for [T]); it is now reported as unsupported, and the borrowed forms still compare.
fn main() {
    let v = vec![1, 2, 3, 4];
    let s: &[i32] = &v[..2];
    println!("{}", &v[..2] == s);
    println!("{}", s == [1, 2]);
    println!("{}", v[..2] == *s); //~ ERROR comparing a slice in place
}
