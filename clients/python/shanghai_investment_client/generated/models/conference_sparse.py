from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conference_reporting import ConferenceReporting
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conference_links import ConferenceLinks
    from ..models.fund import Fund
    from ..models.industry import Industry
    from ..models.money import Money
    from ..models.official import Official
    from ..models.person import Person
    from ..models.programme import Programme
    from ..models.reported_figure import ReportedFigure
    from ..models.source import Source


T = TypeVar("T", bound="ConferenceSparse")


@_attrs_define
class ConferenceSparse:
    """
    Attributes:
        id (str): Stable identifier (slug).
        city (str | Unset): Host city.
        date (datetime.date | Unset): Day held, or the first day (ISO 8601).
        edition (int | Unset): Edition number (1 for the first time it was held).
        end_date (datetime.date | None | Unset): Last day, when it ran over several days. Null for one day or when not
            reported.
        funds (list[Fund] | Unset): Funds, credit lines and policy packages announced, with their amounts.
        industry_track_ids (list[str] | Unset): Key industry chains or tracks announced, as far as the sources name
            them. Ids in /v1/industries.
        industry_tracks (list[Industry] | Unset): Present only with `expand=industry_tracks`: the records of
            `industry_track_ids`, inlined in the same order. Inlined records are not expanded further.
        industry_tracks_count (int | None | Unset): Number of key industry chains or tracks announced. Null when the
            source does not report it.
        links (ConferenceLinks | Unset):
        name (str | Unset): Conference name.
        name_zh (None | str | Unset): Chinese name as printed. Null when the source does not report it.
        new_industrial_parks_count (int | None | Unset): Number of new industrial parks announced. Null when the source
            does not report it.
        official_ids (list[str] | Unset): Officials reported present (the people of `official_roles`). Ids in
            /v1/people.
        official_roles (list[Official] | Unset): Officials reported present, with their roles at the time.
        officials (list[Person] | Unset): Present only with `expand=officials`: the records of `official_ids`, inlined
            in the same order. Inlined records are not expanded further.
        organizer_ids (list[str] | Unset): Organisers a source names as such. Ids in /v1/organizations.
        policies_count (int | None | Unset): Number of policy measures announced. Null when the source does not report
            it.
        programmes (list[Programme] | Unset): Programmes, platforms and plans launched or leveraged at the conference.
        projects_started_count (int | None | Unset): Number of projects starting construction at the conference. Null
            when the source does not report it.
        projects_started_value (Money | None | Unset): Total value of the projects starting construction. Null when the
            source does not report it.
        reported_figures (list[ReportedFigure] | Unset): Every value the sources report for a headline figure, with its
            source; where they disagree, `headline` marks the value the headline field shows and `headline_reason` says why.
        reporting (ConferenceReporting | Unset):
        signed_projects_count (int | None | Unset): Number of investment projects signed. Null when the source does not
            report it.
        signed_value (Money | None | Unset): Total value of the signed projects, in the currency reported. Null when the
            source does not report it.
        signed_value_usd (Money | None | Unset): The US$ figure for the signed value exactly as printed (never
            converted). Null when the source does not report it.
        sources (list[Source] | Unset): Quotes of the source documents supporting this record.
        strategic_industries (list[Industry] | Unset): Present only with `expand=strategic_industries`: the records of
            `strategic_industry_ids`, inlined in the same order. Inlined records are not expanded further.
        strategic_industry_ids (list[str] | Unset): Strategic industries the signed projects cover. Ids in
            /v1/industries.
        theme (None | str | Unset): Theme as printed in English. Null when the source does not report it.
        theme_zh (None | str | Unset): Theme as printed in Chinese. Null when the source does not report it.
        venue (None | str | Unset): Venue, by its English name. Null when the source does not report it.
        venue_zh (None | str | Unset): Venue as printed in Chinese. Null when the source does not report it.
        year (int | Unset): Year held.
    """

    id: str
    city: str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    edition: int | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    funds: list[Fund] | Unset = UNSET
    industry_track_ids: list[str] | Unset = UNSET
    industry_tracks: list[Industry] | Unset = UNSET
    industry_tracks_count: int | None | Unset = UNSET
    links: ConferenceLinks | Unset = UNSET
    name: str | Unset = UNSET
    name_zh: None | str | Unset = UNSET
    new_industrial_parks_count: int | None | Unset = UNSET
    official_ids: list[str] | Unset = UNSET
    official_roles: list[Official] | Unset = UNSET
    officials: list[Person] | Unset = UNSET
    organizer_ids: list[str] | Unset = UNSET
    policies_count: int | None | Unset = UNSET
    programmes: list[Programme] | Unset = UNSET
    projects_started_count: int | None | Unset = UNSET
    projects_started_value: Money | None | Unset = UNSET
    reported_figures: list[ReportedFigure] | Unset = UNSET
    reporting: ConferenceReporting | Unset = UNSET
    signed_projects_count: int | None | Unset = UNSET
    signed_value: Money | None | Unset = UNSET
    signed_value_usd: Money | None | Unset = UNSET
    sources: list[Source] | Unset = UNSET
    strategic_industries: list[Industry] | Unset = UNSET
    strategic_industry_ids: list[str] | Unset = UNSET
    theme: None | str | Unset = UNSET
    theme_zh: None | str | Unset = UNSET
    venue: None | str | Unset = UNSET
    venue_zh: None | str | Unset = UNSET
    year: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.money import Money

        id = self.id

        city = self.city

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        edition = self.edition

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        funds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.funds, Unset):
            funds = []
            for funds_item_data in self.funds:
                funds_item = funds_item_data.to_dict()
                funds.append(funds_item)

        industry_track_ids: list[str] | Unset = UNSET
        if not isinstance(self.industry_track_ids, Unset):
            industry_track_ids = self.industry_track_ids

        industry_tracks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.industry_tracks, Unset):
            industry_tracks = []
            for industry_tracks_item_data in self.industry_tracks:
                industry_tracks_item = industry_tracks_item_data.to_dict()
                industry_tracks.append(industry_tracks_item)

        industry_tracks_count: int | None | Unset
        if isinstance(self.industry_tracks_count, Unset):
            industry_tracks_count = UNSET
        else:
            industry_tracks_count = self.industry_tracks_count

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        name = self.name

        name_zh: None | str | Unset
        if isinstance(self.name_zh, Unset):
            name_zh = UNSET
        else:
            name_zh = self.name_zh

        new_industrial_parks_count: int | None | Unset
        if isinstance(self.new_industrial_parks_count, Unset):
            new_industrial_parks_count = UNSET
        else:
            new_industrial_parks_count = self.new_industrial_parks_count

        official_ids: list[str] | Unset = UNSET
        if not isinstance(self.official_ids, Unset):
            official_ids = self.official_ids

        official_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.official_roles, Unset):
            official_roles = []
            for official_roles_item_data in self.official_roles:
                official_roles_item = official_roles_item_data.to_dict()
                official_roles.append(official_roles_item)

        officials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.officials, Unset):
            officials = []
            for officials_item_data in self.officials:
                officials_item = officials_item_data.to_dict()
                officials.append(officials_item)

        organizer_ids: list[str] | Unset = UNSET
        if not isinstance(self.organizer_ids, Unset):
            organizer_ids = self.organizer_ids

        policies_count: int | None | Unset
        if isinstance(self.policies_count, Unset):
            policies_count = UNSET
        else:
            policies_count = self.policies_count

        programmes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.programmes, Unset):
            programmes = []
            for programmes_item_data in self.programmes:
                programmes_item = programmes_item_data.to_dict()
                programmes.append(programmes_item)

        projects_started_count: int | None | Unset
        if isinstance(self.projects_started_count, Unset):
            projects_started_count = UNSET
        else:
            projects_started_count = self.projects_started_count

        projects_started_value: dict[str, Any] | None | Unset
        if isinstance(self.projects_started_value, Unset):
            projects_started_value = UNSET
        elif isinstance(self.projects_started_value, Money):
            projects_started_value = self.projects_started_value.to_dict()
        else:
            projects_started_value = self.projects_started_value

        reported_figures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reported_figures, Unset):
            reported_figures = []
            for reported_figures_item_data in self.reported_figures:
                reported_figures_item = reported_figures_item_data.to_dict()
                reported_figures.append(reported_figures_item)

        reporting: str | Unset = UNSET
        if not isinstance(self.reporting, Unset):
            reporting = self.reporting.value

        signed_projects_count: int | None | Unset
        if isinstance(self.signed_projects_count, Unset):
            signed_projects_count = UNSET
        else:
            signed_projects_count = self.signed_projects_count

        signed_value: dict[str, Any] | None | Unset
        if isinstance(self.signed_value, Unset):
            signed_value = UNSET
        elif isinstance(self.signed_value, Money):
            signed_value = self.signed_value.to_dict()
        else:
            signed_value = self.signed_value

        signed_value_usd: dict[str, Any] | None | Unset
        if isinstance(self.signed_value_usd, Unset):
            signed_value_usd = UNSET
        elif isinstance(self.signed_value_usd, Money):
            signed_value_usd = self.signed_value_usd.to_dict()
        else:
            signed_value_usd = self.signed_value_usd

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        strategic_industries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.strategic_industries, Unset):
            strategic_industries = []
            for strategic_industries_item_data in self.strategic_industries:
                strategic_industries_item = strategic_industries_item_data.to_dict()
                strategic_industries.append(strategic_industries_item)

        strategic_industry_ids: list[str] | Unset = UNSET
        if not isinstance(self.strategic_industry_ids, Unset):
            strategic_industry_ids = self.strategic_industry_ids

        theme: None | str | Unset
        if isinstance(self.theme, Unset):
            theme = UNSET
        else:
            theme = self.theme

        theme_zh: None | str | Unset
        if isinstance(self.theme_zh, Unset):
            theme_zh = UNSET
        else:
            theme_zh = self.theme_zh

        venue: None | str | Unset
        if isinstance(self.venue, Unset):
            venue = UNSET
        else:
            venue = self.venue

        venue_zh: None | str | Unset
        if isinstance(self.venue_zh, Unset):
            venue_zh = UNSET
        else:
            venue_zh = self.venue_zh

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if city is not UNSET:
            field_dict["city"] = city
        if date is not UNSET:
            field_dict["date"] = date
        if edition is not UNSET:
            field_dict["edition"] = edition
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if funds is not UNSET:
            field_dict["funds"] = funds
        if industry_track_ids is not UNSET:
            field_dict["industry_track_ids"] = industry_track_ids
        if industry_tracks is not UNSET:
            field_dict["industry_tracks"] = industry_tracks
        if industry_tracks_count is not UNSET:
            field_dict["industry_tracks_count"] = industry_tracks_count
        if links is not UNSET:
            field_dict["links"] = links
        if name is not UNSET:
            field_dict["name"] = name
        if name_zh is not UNSET:
            field_dict["name_zh"] = name_zh
        if new_industrial_parks_count is not UNSET:
            field_dict["new_industrial_parks_count"] = new_industrial_parks_count
        if official_ids is not UNSET:
            field_dict["official_ids"] = official_ids
        if official_roles is not UNSET:
            field_dict["official_roles"] = official_roles
        if officials is not UNSET:
            field_dict["officials"] = officials
        if organizer_ids is not UNSET:
            field_dict["organizer_ids"] = organizer_ids
        if policies_count is not UNSET:
            field_dict["policies_count"] = policies_count
        if programmes is not UNSET:
            field_dict["programmes"] = programmes
        if projects_started_count is not UNSET:
            field_dict["projects_started_count"] = projects_started_count
        if projects_started_value is not UNSET:
            field_dict["projects_started_value"] = projects_started_value
        if reported_figures is not UNSET:
            field_dict["reported_figures"] = reported_figures
        if reporting is not UNSET:
            field_dict["reporting"] = reporting
        if signed_projects_count is not UNSET:
            field_dict["signed_projects_count"] = signed_projects_count
        if signed_value is not UNSET:
            field_dict["signed_value"] = signed_value
        if signed_value_usd is not UNSET:
            field_dict["signed_value_usd"] = signed_value_usd
        if sources is not UNSET:
            field_dict["sources"] = sources
        if strategic_industries is not UNSET:
            field_dict["strategic_industries"] = strategic_industries
        if strategic_industry_ids is not UNSET:
            field_dict["strategic_industry_ids"] = strategic_industry_ids
        if theme is not UNSET:
            field_dict["theme"] = theme
        if theme_zh is not UNSET:
            field_dict["theme_zh"] = theme_zh
        if venue is not UNSET:
            field_dict["venue"] = venue
        if venue_zh is not UNSET:
            field_dict["venue_zh"] = venue_zh
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conference_links import ConferenceLinks
        from ..models.fund import Fund
        from ..models.industry import Industry
        from ..models.money import Money
        from ..models.official import Official
        from ..models.person import Person
        from ..models.programme import Programme
        from ..models.reported_figure import ReportedFigure
        from ..models.source import Source

        d = dict(src_dict)
        id = d.pop("id")

        city = d.pop("city", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        edition = d.pop("edition", UNSET)

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        _funds = d.pop("funds", UNSET)
        funds: list[Fund] | Unset = UNSET
        if _funds is not UNSET:
            funds = []
            for funds_item_data in _funds:
                funds_item = Fund.from_dict(funds_item_data)

                funds.append(funds_item)

        industry_track_ids = cast(list[str], d.pop("industry_track_ids", UNSET))

        _industry_tracks = d.pop("industry_tracks", UNSET)
        industry_tracks: list[Industry] | Unset = UNSET
        if _industry_tracks is not UNSET:
            industry_tracks = []
            for industry_tracks_item_data in _industry_tracks:
                industry_tracks_item = Industry.from_dict(industry_tracks_item_data)

                industry_tracks.append(industry_tracks_item)

        def _parse_industry_tracks_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        industry_tracks_count = _parse_industry_tracks_count(d.pop("industry_tracks_count", UNSET))

        _links = d.pop("links", UNSET)
        links: ConferenceLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ConferenceLinks.from_dict(_links)

        name = d.pop("name", UNSET)

        def _parse_name_zh(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_zh = _parse_name_zh(d.pop("name_zh", UNSET))

        def _parse_new_industrial_parks_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        new_industrial_parks_count = _parse_new_industrial_parks_count(d.pop("new_industrial_parks_count", UNSET))

        official_ids = cast(list[str], d.pop("official_ids", UNSET))

        _official_roles = d.pop("official_roles", UNSET)
        official_roles: list[Official] | Unset = UNSET
        if _official_roles is not UNSET:
            official_roles = []
            for official_roles_item_data in _official_roles:
                official_roles_item = Official.from_dict(official_roles_item_data)

                official_roles.append(official_roles_item)

        _officials = d.pop("officials", UNSET)
        officials: list[Person] | Unset = UNSET
        if _officials is not UNSET:
            officials = []
            for officials_item_data in _officials:
                officials_item = Person.from_dict(officials_item_data)

                officials.append(officials_item)

        organizer_ids = cast(list[str], d.pop("organizer_ids", UNSET))

        def _parse_policies_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        policies_count = _parse_policies_count(d.pop("policies_count", UNSET))

        _programmes = d.pop("programmes", UNSET)
        programmes: list[Programme] | Unset = UNSET
        if _programmes is not UNSET:
            programmes = []
            for programmes_item_data in _programmes:
                programmes_item = Programme.from_dict(programmes_item_data)

                programmes.append(programmes_item)

        def _parse_projects_started_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        projects_started_count = _parse_projects_started_count(d.pop("projects_started_count", UNSET))

        def _parse_projects_started_value(data: object) -> Money | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                projects_started_value_type_0 = Money.from_dict(data)

                return projects_started_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None | Unset, data)

        projects_started_value = _parse_projects_started_value(d.pop("projects_started_value", UNSET))

        _reported_figures = d.pop("reported_figures", UNSET)
        reported_figures: list[ReportedFigure] | Unset = UNSET
        if _reported_figures is not UNSET:
            reported_figures = []
            for reported_figures_item_data in _reported_figures:
                reported_figures_item = ReportedFigure.from_dict(reported_figures_item_data)

                reported_figures.append(reported_figures_item)

        _reporting = d.pop("reporting", UNSET)
        reporting: ConferenceReporting | Unset
        if isinstance(_reporting, Unset):
            reporting = UNSET
        else:
            reporting = ConferenceReporting(_reporting)

        def _parse_signed_projects_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        signed_projects_count = _parse_signed_projects_count(d.pop("signed_projects_count", UNSET))

        def _parse_signed_value(data: object) -> Money | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                signed_value_type_0 = Money.from_dict(data)

                return signed_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None | Unset, data)

        signed_value = _parse_signed_value(d.pop("signed_value", UNSET))

        def _parse_signed_value_usd(data: object) -> Money | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                signed_value_usd_type_0 = Money.from_dict(data)

                return signed_value_usd_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None | Unset, data)

        signed_value_usd = _parse_signed_value_usd(d.pop("signed_value_usd", UNSET))

        _sources = d.pop("sources", UNSET)
        sources: list[Source] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = Source.from_dict(sources_item_data)

                sources.append(sources_item)

        _strategic_industries = d.pop("strategic_industries", UNSET)
        strategic_industries: list[Industry] | Unset = UNSET
        if _strategic_industries is not UNSET:
            strategic_industries = []
            for strategic_industries_item_data in _strategic_industries:
                strategic_industries_item = Industry.from_dict(strategic_industries_item_data)

                strategic_industries.append(strategic_industries_item)

        strategic_industry_ids = cast(list[str], d.pop("strategic_industry_ids", UNSET))

        def _parse_theme(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        theme = _parse_theme(d.pop("theme", UNSET))

        def _parse_theme_zh(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        theme_zh = _parse_theme_zh(d.pop("theme_zh", UNSET))

        def _parse_venue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        venue = _parse_venue(d.pop("venue", UNSET))

        def _parse_venue_zh(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        venue_zh = _parse_venue_zh(d.pop("venue_zh", UNSET))

        year = d.pop("year", UNSET)

        conference_sparse = cls(
            id=id,
            city=city,
            date=date,
            edition=edition,
            end_date=end_date,
            funds=funds,
            industry_track_ids=industry_track_ids,
            industry_tracks=industry_tracks,
            industry_tracks_count=industry_tracks_count,
            links=links,
            name=name,
            name_zh=name_zh,
            new_industrial_parks_count=new_industrial_parks_count,
            official_ids=official_ids,
            official_roles=official_roles,
            officials=officials,
            organizer_ids=organizer_ids,
            policies_count=policies_count,
            programmes=programmes,
            projects_started_count=projects_started_count,
            projects_started_value=projects_started_value,
            reported_figures=reported_figures,
            reporting=reporting,
            signed_projects_count=signed_projects_count,
            signed_value=signed_value,
            signed_value_usd=signed_value_usd,
            sources=sources,
            strategic_industries=strategic_industries,
            strategic_industry_ids=strategic_industry_ids,
            theme=theme,
            theme_zh=theme_zh,
            venue=venue,
            venue_zh=venue_zh,
            year=year,
        )

        conference_sparse.additional_properties = d
        return conference_sparse

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
