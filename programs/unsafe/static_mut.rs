// `static mut` items live in the static region; every use needs `unsafe`.
static mut COUNTER: u32 = 0;
static mut NAME: &str = "start";
static mut ARR: [i32; 3] = [1, 2, 3];

unsafe fn add_to_count(inc: u32) {
    unsafe {
        COUNTER += inc;
    }
}

fn bump() {
    unsafe {
        add_to_count(1);
        ARR[1] *= 10;
    }
}

fn main() {
    bump();
    bump();
    unsafe {
        NAME = "changed";
        let c = COUNTER;
        let n = NAME;
        let p = &raw mut ARR;
        (*p)[0] = 7;
        let a = ARR;
        println!("{} {} {:?}", c, n, a);
        println!("COUNTER: {}", *(&raw const COUNTER));
    }
}
