//! `listed!`: an enum declared together with `ALL`, the array of its variants in
//! declaration order, so the list can never miss a variant or repeat one.
//!
//! ```ignore
//! crate::listed::listed! {
//!     #[derive(Debug, Clone, Copy, PartialEq, Eq)]
//!     pub enum Colour { Red, Green }
//! }
//! assert_eq!(Colour::ALL, [Colour::Red, Colour::Green]);
//! ```

macro_rules! listed {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; [$(stringify!($variant)),+].len()] = [$($name::$variant),+];
        }
    };
}

pub(crate) use listed;

/// The variant of `all` whose `code` is `s`, ignoring case and surrounding spaces: the
/// reader of the short codes that URLs, forms and files use for a listed enum.
pub(crate) fn find_code<T: Copy>(all: &[T], code: fn(T) -> &'static str, s: &str) -> Option<T> {
    let s = s.trim().to_ascii_lowercase();
    all.iter().copied().find(|c| code(*c) == s)
}

/// Every variant of an enum, each named once, as a `Vec`: the exhaustive match inside does
/// not compile while a variant is missing. A variant with fields is given with the values
/// to use, as in `every_variant!(Shape: Dot, Circle { radius: 1 })`.
#[cfg(test)]
macro_rules! every_variant {
    ($enum:ident: $($variant:ident $({ $($field:ident: $value:expr),* })?),+ $(,)?) => {{
        let _complete = |v: $enum| match v {
            $($enum::$variant { .. })|+ => (),
        };
        vec![$($enum::$variant $({ $($field: $value),* })?),+]
    }};
}

#[cfg(test)]
pub(crate) use every_variant;

#[cfg(test)]
mod tests {
    listed! {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        enum Colour {
            /// The first.
            Red,
            Green,
            Blue,
        }
    }

    #[test]
    fn lists_every_variant_in_order() {
        assert_eq!(Colour::ALL, [Colour::Red, Colour::Green, Colour::Blue]);
    }
}
