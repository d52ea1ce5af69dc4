//@ check-fail
// Outside `unsafe`: dereferencing a raw pointer, calling an unsafe fn, using a `static mut`.
static mut COUNTER: u32 = 0;

unsafe fn dangerous() {}

unsafe fn inside_unsafe_fn(p: *const i32) -> i32 {
    dangerous();
    *p
}

extern "C" {
    fn abs(x: i32) -> i32;
}

fn main() {
    let x = 5;
    let p = &x as *const i32;
    let y = *p; //~ ERROR E0133
    dangerous(); //~ ERROR call to unsafe function `dangerous` is unsafe
    COUNTER += 1; //~ ERROR use of mutable static is unsafe
    let c = COUNTER; //~ ERROR E0133
    let q = p.add(1); //~ ERROR call to unsafe function `std::ptr::const_ptr::<impl *const T>::add`
    let a = abs(-1); //~ ERROR E0133
    let s = std::slice::from_raw_parts(p, 1); //~ ERROR E0133
    let r = &raw const COUNTER;
    let fine = p.is_null();
    unsafe {
        let z = *p + inside_unsafe_fn(p);
        let w = || *p;
        println!("{} {} {} {:?} {} {} {:?} {} {}", y, c, a, s, z, w(), q, fine, r.is_null());
    }
}
