// An Rc of a trait object (its unsizing coercion, a fat Rc) is not modelled: it is named unsupported at
// the type, where rustle reported a false E0308 at each coercion.
use std::rc::Rc;

trait Observer {
    fn notify(&self) -> u32;
}

struct Log(u32);

impl Observer for Log {
    fn notify(&self) -> u32 {
        self.0
    }
}

fn main() {
    let log = Rc::new(Log(3));
    let a: Rc<dyn Observer> = log.clone(); //~ ERROR `Rc` of a trait object or slice is not supported by rustle yet
    println!("{}", a.notify());
}
