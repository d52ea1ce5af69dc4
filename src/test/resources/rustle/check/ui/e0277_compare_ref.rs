//@ check-fail
// assert_eq! compares with PartialEq, which std implements between values of the same shape only.
fn main() {
    let x = 5;
    let y = &x;
    assert_eq!(5, x);
    assert_eq!(5, y); //~ ERROR can't compare `{integer}` with `&{integer}`
    assert_eq!(&5, y);
    let s = String::from("a");
    assert_eq!(s, 5); //~ ERROR E0277
    assert_eq!(5u8, 5i32); //~ ERROR E0308
}
